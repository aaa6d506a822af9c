#pragma once
// `hcsim bench`: reference workloads timed side by side with minimal hand-written loops, so
// every figure is a ratio measured in the same process, on the same load.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::bench {

struct BenchSettings {
    bool small = false;                      // CTest sizes: correctness, not timing
    unsigned repeats = 5;                    // timed runs per side; the median is reported
    unsigned threads = 2;                    // parallel side of the district workloads
    std::optional<std::size_t> replications; // district; default 1000 (small: 8)
    std::string scenario_dir;                // folder with the seed scenarios and bench/
};

struct Measurement {
    std::string workload;
    std::uint64_t events = 0;
    std::uint64_t households = 0;
    std::uint64_t replications = 0;
    double seconds = 0.0; // median wall time of the measured side
    double events_per_second = 0.0;
    double reference_events_per_second = 0.0;
    double ratio = 0.0; // events per second / the hand-written loop's, measured side by side
    std::optional<double> ratio_per_household; // tandem_stack: loop time / stack time per customer
    std::optional<double> times_faster; // Python workloads: Python's time / hcsim's, same work
    long peak_rss_kb = 0;
    std::optional<double> mean_time_in_system; // tandem workloads, in reference days
    std::optional<double> exact_time_in_system;
    std::optional<bool> matches_reference; // same draws gave the same result as the loop
    std::optional<double> single_thread_seconds;
    std::optional<double> parallel_efficiency; // t(1) / (threads * t(threads)), wall clock
    // CPU seconds of the 1-thread run / CPU seconds of the parallel run: the share of the
    // parallel work that is useful, whatever other processes take from the cores.
    std::optional<double> parallel_cpu_efficiency;
    std::optional<double> single_thread_cpu_seconds;
    std::optional<bool> identical_across_threads;
    unsigned threads = 1;
    std::string note;
};

// Workload names in run order: tandem, tandem_stack, hold_1e3, hold_1e5, hold_1e6, then
// district_<scenario> for every seed scenario and the city scenario, then python_sketch and
// simpy_tandem where a Python interpreter with PyYAML / SimPy is installed.
[[nodiscard]] std::vector<std::string> workload_names(const BenchSettings& settings);
// Runs one named workload; throws std::invalid_argument for an unknown name.
[[nodiscard]] Measurement run_workload(const std::string& name, const BenchSettings& settings);

// The tandem result's correctness gate: |mean - exact| <= 0.3 days at full size.
inline constexpr double tandem_tolerance_days = 0.3;

// One line of JSON with every set field.
[[nodiscard]] std::string to_json(const Measurement& m);
// A human-readable line.
[[nodiscard]] std::string to_text(const Measurement& m);

} // namespace hcsim::bench
