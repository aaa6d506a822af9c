#pragma once
// Internal: wall-clock timing, medians and peak resident memory for the benchmark.
#include <chrono>
#include <ctime>
#include <vector>

namespace hcsim::bench::detail {

// Wall-clock seconds: for work spread over threads.
template <typename Work>
[[nodiscard]] double wall_seconds_taken(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

[[nodiscard]] inline double thread_cpu_seconds() noexcept {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

[[nodiscard]] inline double process_cpu_seconds() noexcept {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// CPU seconds of the calling thread: for single-threaded work on a shared machine, where
// wall time also counts the time other processes held the core.
template <typename Work>
[[nodiscard]] double cpu_seconds_taken(Work&& work) {
    const double start = thread_cpu_seconds();
    work();
    return thread_cpu_seconds() - start;
}

// Median of a non-empty sample (the mean of the middle two for an even count).
[[nodiscard]] double median(std::vector<double> values);
// Median over repeats of reference[i] / measured[i]: each pair ran back to back, so a change
// of load between repeats cancels out of the ratio.
[[nodiscard]] double median_ratio(const std::vector<double>& reference,
                                  const std::vector<double>& measured);

// Resets the kernel's peak-RSS mark for this process (Linux /proc/self/clear_refs), so the
// next reading covers one workload only; false where that is not possible.
bool reset_peak_rss() noexcept;
// Peak resident set size in KiB since the last reset (VmHWM), or the process maximum.
[[nodiscard]] long peak_rss_kb() noexcept;

} // namespace hcsim::bench::detail
