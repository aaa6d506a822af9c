#include "console.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace hcsim::cli {

void ConsoleTable::print() const {
    std::vector<std::size_t> widths;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        std::size_t width = columns_[c].size();
        for (const auto& row : rows_) {
            width = std::max(width, c < row.second.size() ? row.second[c].size() : 0);
        }
        widths.push_back(width);
    }
    std::printf("%-*s", label_width_, "");
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        std::printf("  %*s", static_cast<int>(widths[c]), columns_[c].c_str());
    }
    std::printf("\n");
    for (const auto& [label, cells] : rows_) {
        std::printf("%-*s", label_width_, label.c_str());
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
            std::printf("  %*s", static_cast<int>(widths[c]), cells[c].c_str());
        }
        std::printf("\n");
    }
}

// Enough decimals that the interval's half-width keeps its first digit ("-12.0 [-12.5,
// -11.6]", not "-12 [-12, -12]"); a value the same in every replication is printed alone.
std::string interval_cell(const kernel::ConfidenceInterval& ci) {
    if (std::isnan(ci.mean)) {
        return "-";
    }
    char buffer[96];
    const double half = ci.half_width();
    if (!(half > 0.0)) {
        if (ci.mean == 0.0) {
            return "0";
        }
        std::snprintf(buffer, sizeof buffer, std::abs(ci.mean) < 10.0 ? "%.2f" : "%.0f", ci.mean);
        return buffer;
    }
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(half))),
                                    std::abs(ci.mean) < 10.0 ? 1 : 0, 3);
    std::snprintf(buffer, sizeof buffer, "%.*f [%.*f, %.*f]", decimals, ci.mean, decimals, ci.low,
                  decimals, ci.high);
    return buffer;
}

std::function<void(std::size_t, std::size_t)> progress_line(const char* what, std::size_t every) {
    if (isatty(STDERR_FILENO) == 0) {
        return nullptr;
    }
    return [what, every](std::size_t done, std::size_t total) {
        if (done == total || done % every == 0) {
            std::fprintf(stderr, "\r%s %zu/%zu", what, done, total);
            if (done == total) {
                std::fprintf(stderr, "\n");
            }
        }
    };
}

} // namespace hcsim::cli
