// Workloads through the whole stack: the tandem line written as a YAML scenario, and every
// district scenario compared at 1,000 replications on 1 and on N threads.
#include "measure.hpp"
#include "reference_loops.hpp"
#include "workloads.hpp"

#include "hcsim/analysis/experiment.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

namespace hcsim::bench::detail {

namespace {

// Mean days in the line, in the reference's time unit. The scenario runs the line
// `time_scale` times faster (rate per day of its arrivals, where the reference has 1/day) so
// a million arrivals fit in the scenario horizon limit. Households still in the line at the
// horizon count with their partial stays (tens of a million: negligible).
double stack_time_in_system(const model::ModelSpec& spec, const model::ReplicationResult& result,
                            double time_scale) {
    double days = 0.0;
    for (std::size_t s = 0; s < spec.states.size(); ++s) {
        if (spec.states[s].kind != model::StateKind::absorbing) {
            days += result.state_days[s];
        }
    }
    return days / static_cast<double>(result.households) * time_scale;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](double x, double y) {
               return std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y);
           });
}

bool same_results(const analysis::Experiment& a, const analysis::Experiment& b) {
    if (a.options.size() != b.options.size()) {
        return false;
    }
    for (std::size_t o = 0; o < a.options.size(); ++o) {
        const auto& ra = a.options[o].replications;
        const auto& rb = b.options[o].replications;
        if (ra.size() != rb.size()) {
            return false;
        }
        for (std::size_t r = 0; r < ra.size(); ++r) {
            if (!same_bits(ra[r].metrics, rb[r].metrics) || ra[r].monthly != rb[r].monthly ||
                ra[r].transitions != rb[r].transitions || ra[r].events != rb[r].events ||
                ra[r].yearly.size() != rb[r].yearly.size()) {
                return false;
            }
            for (std::size_t y = 0; y < ra[r].yearly.size(); ++y) {
                if (!same_bits(ra[r].yearly[y], rb[r].yearly[y])) {
                    return false;
                }
            }
        }
    }
    return true;
}

} // namespace

Measurement tandem_stack_workload(const BenchSettings& settings) {
    const std::string file = settings.scenario_dir + "/bench/tandem.yaml";
    std::vector<double> stack_seconds;
    std::vector<double> reference_seconds;
    model::ReplicationResult result;
    model::ModelSpec spec;
    std::uint64_t reference_events = 0;
    Measurement m;
    for (unsigned r = 0; r < settings.repeats; ++r) {
        reset_peak_rss();
        stack_seconds.push_back(cpu_seconds_taken([&] {
            const scenario::Scenario loaded = scenario::load_scenario(file);
            spec = loaded.options.front().spec;
            if (settings.small) {
                spec.horizon_days /= 50.0; // 20,000 arrivals instead of a million
            }
            result = model::simulate_replication(spec, {loaded.seed, 0});
        }));
        m.peak_rss_kb = std::max(m.peak_rss_kb, peak_rss_kb());
        // The same number of customers through the hand-written loop.
        const bench::TandemLineSpec line =
            bench::reference_tandem_line(std::max<std::uint64_t>(result.households, 1), 1);
        reference_seconds.push_back(
            cpu_seconds_taken([&] { reference_events = run_reference_tandem(line).events; }));
    }
    if (spec.arrivals.empty() || spec.arrivals.front().per_year.empty()) {
        throw std::invalid_argument(file + ": the tandem scenario needs one arrival stream");
    }
    const double time_scale = spec.arrivals.front().per_year.front() / model::days_per_year;
    m.workload = "tandem_stack";
    m.events = result.events;
    m.households = result.households;
    m.replications = 1;
    m.seconds = median(stack_seconds);
    m.events_per_second = static_cast<double>(m.events) / m.seconds;
    const double reference = median(reference_seconds);
    m.reference_events_per_second = static_cast<double>(reference_events) / reference;
    // Same customers through both; events per second differ by the events per customer.
    m.ratio_per_household = median_ratio(reference_seconds, stack_seconds);
    m.ratio = *m.ratio_per_household * static_cast<double>(m.events) /
              static_cast<double>(reference_events);
    m.mean_time_in_system = stack_time_in_system(spec, result, time_scale);
    m.exact_time_in_system =
        bench::tandem_line_exact_time_in_system(bench::reference_tandem_line(1, 1));
    m.note = "YAML load + model; the model needs about 9 events per customer, the loop 4";
    return m;
}

Measurement district_workload(const std::string& name, const std::string& file,
                              const BenchSettings& settings) {
    const scenario::Scenario loaded = scenario::load_scenario(file);
    analysis::RunSettings run;
    run.replications = settings.replications.value_or(settings.small ? 8 : 1000);
    run.seed = loaded.seed;
    Measurement m;
    m.workload = name;
    m.threads = settings.threads;
    // Timed once each: every run is already thousands of replications.
    run.threads = 1;
    reset_peak_rss();
    analysis::Experiment single;
    const double single_cpu_start = process_cpu_seconds();
    const double single_seconds =
        wall_seconds_taken([&] { single = analysis::run_experiment(loaded, run); });
    const double single_cpu = process_cpu_seconds() - single_cpu_start;
    run.threads = settings.threads;
    analysis::Experiment parallel;
    const double parallel_cpu_start = process_cpu_seconds();
    m.seconds = wall_seconds_taken([&] { parallel = analysis::run_experiment(loaded, run); });
    const double parallel_cpu = process_cpu_seconds() - parallel_cpu_start;
    m.single_thread_cpu_seconds = single_cpu;
    m.parallel_cpu_efficiency = single_cpu / parallel_cpu;
    m.peak_rss_kb = peak_rss_kb();
    for (const auto& option : parallel.options) {
        for (const auto& replication : option.replications) {
            m.events += replication.events;
            m.households += replication.households;
            ++m.replications;
        }
    }
    m.events_per_second = static_cast<double>(m.events) / m.seconds;
    m.single_thread_seconds = single_seconds;
    m.parallel_efficiency = single_seconds / (settings.threads * m.seconds);
    m.identical_across_threads = same_results(single, parallel);
    m.reference_events_per_second = reference_tandem_events_per_second(settings);
    // Per core: the model's events per CPU second on one thread against the hand-written
    // loop's (also CPU time).
    m.ratio = static_cast<double>(m.events) / single_cpu / m.reference_events_per_second;
    m.note = "compare of all options; ratio = 1-thread model events/s over the tandem loop's";
    return m;
}

} // namespace hcsim::bench::detail
