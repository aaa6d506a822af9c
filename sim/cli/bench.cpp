#include "bench.hpp"

#include "scenario_options.hpp"

#include "hcsim/bench/bench.hpp"
#include "hcsim/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <thread>

namespace hcsim::cli {

namespace {

struct BenchOptions {
    bool json = false;
    bool small = false;
    std::vector<std::string> workloads; // empty: all
    unsigned threads = 1;
    unsigned repeats = 5;
    std::size_t replications = 0; // 0: the workload's default
    std::string scenario_dir = "scenarios";
    bool list = false;
};

// Correctness gates printed with the figures: a fast wrong answer is not a result.
bool passes(const bench::Measurement& m, bool small) {
    bool ok = m.matches_reference.value_or(true) && m.identical_across_threads.value_or(true);
    if (m.mean_time_in_system && !small) {
        ok = ok && std::abs(*m.mean_time_in_system - m.exact_time_in_system.value_or(0.0)) <=
                       bench::tandem_tolerance_days;
    }
    return ok;
}

void bench_workloads(const BenchOptions& options) {
    bench::BenchSettings settings;
    settings.small = options.small;
    settings.repeats = options.small ? 1 : options.repeats;
    settings.threads = options.threads;
    if (options.replications > 0) {
        settings.replications = options.replications;
    }
    settings.scenario_dir = options.scenario_dir;
    const std::vector<std::string> all = bench::workload_names(settings);
    if (options.list) {
        for (const auto& name : all) {
            std::printf("%s\n", name.c_str());
        }
        return;
    }
    for (const auto& name : options.workloads) {
        if (std::find(all.begin(), all.end(), name) == all.end()) {
            throw BadInput("unknown workload " + name + " (see hcsim bench --list)");
        }
    }
    const std::vector<std::string>& chosen = options.workloads.empty() ? all : options.workloads;
    bool all_pass = true;
    for (const auto& name : chosen) {
        const bench::Measurement m = bench::run_workload(name, settings);
        const bool ok = passes(m, options.small);
        all_pass = all_pass && ok;
        std::printf("%s%s\n", options.json ? bench::to_json(m).c_str() : bench::to_text(m).c_str(),
                    ok || options.json ? "" : "\n    FAILED its correctness check");
        std::fflush(stdout);
    }
    if (!all_pass) {
        throw InternalError("a benchmark result failed its correctness check");
    }
}

} // namespace

void setup_bench(CLI::App& app, Context& /*context*/) {
    auto options = std::make_shared<BenchOptions>();
    auto* bench = app.add_subcommand(
        "bench", "Time the reference workloads against hand-written loops, side by side");
    bench->add_flag("--json", options->json, "one JSON object per line and workload");
    bench->add_option("--workload,-w", options->workloads,
                      "workload to run (repeatable; default all)");
    bench->add_flag("--list", options->list, "list the workload names and exit");
    bench->add_flag("--small", options->small, "small sizes: checks correctness, not speed");
    add_threads_option(*bench, options->threads, std::max(1U, std::thread::hardware_concurrency()),
                       "threads of the parallel district runs");
    bench->add_option("--repeats", options->repeats, "timed runs per side (median reported)")
        ->check(CLI::Range(1U, 100U));
    bench
        ->add_option("--replications,-r", options->replications,
                     "district replications (default 1000; --small 8)")
        ->check(CLI::Range(1ULL, 1000000ULL));
    bench->add_option("--scenarios", options->scenario_dir,
                      "folder of the seed scenarios (with bench/ inside)");
    bench->callback([options] { bench_workloads(*options); });
}

} // namespace hcsim::cli
