#include "measure.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>
#include <sys/resource.h>

namespace hcsim::bench::detail {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double median_ratio(const std::vector<double>& reference, const std::vector<double>& measured) {
    std::vector<double> ratios;
    for (std::size_t i = 0; i < reference.size() && i < measured.size(); ++i) {
        ratios.push_back(reference[i] / measured[i]);
    }
    return median(ratios);
}

bool reset_peak_rss() noexcept {
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5"; // "5" resets the peak RSS (proc(5))
    clear.flush();
    return static_cast<bool>(clear);
}

long peak_rss_kb() noexcept {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::strtol(line.c_str() + 6, nullptr, 10);
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace hcsim::bench::detail
