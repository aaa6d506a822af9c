// The kernel's workloads: the tandem line and the hold model, each against its hand-written
// loop, alternating runs so both sides see the same machine load.
#include "measure.hpp"
#include "reference_loops.hpp"
#include "workloads.hpp"

#include "hcsim/bench/tandem_line.hpp"

#include <algorithm>

namespace hcsim::bench::detail {

Measurement tandem_workload(const BenchSettings& settings) {
    const std::uint64_t arrivals = settings.small ? 20000 : 1000000;
    const bench::TandemLineSpec spec = bench::reference_tandem_line(arrivals, 1);
    std::vector<double> kernel_seconds;
    std::vector<double> reference_seconds;
    bench::TandemLineResult kernel_result;
    ReferenceTandemResult reference_result;
    Measurement m;
    for (unsigned r = 0; r < settings.repeats; ++r) {
        reference_seconds.push_back(
            cpu_seconds_taken([&] { reference_result = run_reference_tandem(spec); }));
        reset_peak_rss();
        kernel_seconds.push_back(cpu_seconds_taken([&] { kernel_result = run_tandem_line(spec); }));
        m.peak_rss_kb = std::max(m.peak_rss_kb, peak_rss_kb());
    }
    m.workload = "tandem";
    m.events = kernel_result.events;
    m.households = arrivals;
    m.replications = 1;
    m.seconds = median(kernel_seconds);
    m.events_per_second = static_cast<double>(m.events) / m.seconds;
    const double reference = median(reference_seconds);
    m.reference_events_per_second = static_cast<double>(reference_result.events) / reference;
    m.ratio = median_ratio(reference_seconds, kernel_seconds);
    m.mean_time_in_system = kernel_result.time_in_system.mean();
    m.exact_time_in_system = bench::tandem_line_exact_time_in_system(spec);
    m.matches_reference =
        kernel_result.events == reference_result.events &&
        kernel_result.time_in_system.count() == reference_result.time_in_system.count() &&
        kernel_result.time_in_system.mean() == reference_result.time_in_system.mean();
    m.note = "kernel Simulation + Resource vs hand-written loop, same Philox draws";
    return m;
}

Measurement hold_workload(const std::string& name, std::size_t pending,
                          const BenchSettings& settings) {
    const std::uint64_t operations = settings.small ? 20000 : 2000000;
    std::vector<double> kernel_seconds;
    std::vector<double> reference_seconds;
    HoldResult kernel_result;
    HoldResult reference_result;
    Measurement m;
    for (unsigned r = 0; r < settings.repeats; ++r) {
        reference_result = run_reference_hold(pending, operations, 1);
        reference_seconds.push_back(reference_result.seconds);
        reset_peak_rss();
        kernel_result = run_kernel_hold(pending, operations, 1);
        kernel_seconds.push_back(kernel_result.seconds);
        m.peak_rss_kb = std::max(m.peak_rss_kb, peak_rss_kb());
    }
    m.workload = name;
    m.events = kernel_result.events;
    m.seconds = median(kernel_seconds);
    m.events_per_second = static_cast<double>(m.events) / m.seconds;
    const double reference = median(reference_seconds);
    m.reference_events_per_second = static_cast<double>(reference_result.events) / reference;
    m.ratio = median_ratio(reference_seconds, kernel_seconds);
    m.matches_reference = kernel_result.events == reference_result.events &&
                          kernel_result.checksum == reference_result.checksum;
    m.note = "hold phase only: pop the minimum, push now + Exp(1)";
    return m;
}

double reference_tandem_events_per_second(const BenchSettings& settings) {
    const bench::TandemLineSpec spec =
        bench::reference_tandem_line(settings.small ? 20000 : 200000, 1);
    std::vector<double> seconds;
    std::uint64_t events = 0;
    for (unsigned r = 0; r < settings.repeats; ++r) {
        seconds.push_back(cpu_seconds_taken([&] { events = run_reference_tandem(spec).events; }));
    }
    return static_cast<double>(events) / median(seconds);
}

} // namespace hcsim::bench::detail
