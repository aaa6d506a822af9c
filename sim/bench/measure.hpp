#pragma once
// Internal: wall-clock timing, medians and peak resident memory for the benchmark.
#include <chrono>
#include <vector>

namespace hcsim::bench::detail {

template <typename Work>
[[nodiscard]] double seconds_taken(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Median of a non-empty sample (the mean of the middle two for an even count).
[[nodiscard]] double median(std::vector<double> values);

// Resets the kernel's peak-RSS mark for this process (Linux /proc/self/clear_refs), so the
// next reading covers one workload only; false where that is not possible.
bool reset_peak_rss() noexcept;
// Peak resident set size in KiB since the last reset (VmHWM), or the process maximum.
[[nodiscard]] long peak_rss_kb() noexcept;

} // namespace hcsim::bench::detail
