#include "sweep.hpp"

#include "decisions_print.hpp"
#include "run_options.hpp"
#include "scenario_options.hpp"

#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/study/decisions.hpp"

#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

struct SweepOptions {
    ScenarioOptions scenario;
    study::SweepRequest request;
    std::size_t replications = 50;
    unsigned threads = 1;
    std::string out;
    double value_per_eviction_tkr = 0.0;
};

void sweep(const SweepOptions& o, Context& context) {
    const scenario::Scenario nominal = o.scenario.load();
    (void)study::sweep_axes(nominal, o.request); // bad axes are refused before any run
    const std::string out = o.out.empty() ? "results/" + nominal.name + "-sweep" : o.out;
    report::check_output_folder(out, inputs_of(nominal));
    // Every rank gets every result: the frontier is computed from all points.
    const auto executor = context.group.executor(o.threads, "queue", true);
    analysis::RunSettings settings;
    settings.replications = o.replications;
    settings.seed = o.scenario.seed_for(nominal);
    settings.threads = o.threads;
    settings.executor = executor.get();
    const auto result = study::sweep(nominal, o.scenario.factory(nominal), o.request, settings);
    if (!executor->is_reporting_process()) {
        return; // rank 0 of an MPI job prints and writes
    }
    std::printf("%s — staffing sweep, %zu replications per point, seed %llu\n",
                nominal.title.c_str(), o.replications,
                static_cast<unsigned long long>(settings.seed));
    print_sweep_summary(result.points, result.axes, result.baseline, o.value_per_eviction_tkr);
    report::write_folder_atomically(out, report::sweep_files(result, o.value_per_eviction_tkr),
                                    inputs_of(nominal));
    std::printf("written to %s/sweep.csv\n", out.c_str());
}

} // namespace

void setup_sweep(CLI::App& app, Context& context) {
    const auto [o, command] = add_scenario_command<SweepOptions>(
        app, "sweep",
        "Grid over the FTE of one or two staff roles: cost, outcomes, efficient "
        "frontier and marginal cost per eviction prevented");
    command->add_option("--role", o->request.roles, "staff role to vary (once or twice)")
        ->required()
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command
        ->add_option("--fte", o->request.grids,
                     "grid of FTE for the role before it: start:stop:step")
        ->required()
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->add_option("--option", o->request.options,
                        "option(s) whose role to vary (default: every option but the baseline)");
    add_replications_option(*command, o->replications, "replications per grid point");
    add_threads_option(*command, o->threads, context.default_threads,
                       "worker threads (results do not depend on it)");
    add_baseline_option(*command, o->request.baseline);
    command->add_option("--out,-o", o->out,
                        "output folder (default results/<scenario name>-sweep)");
    add_value_per_eviction_option(
        *command, o->value_per_eviction_tkr,
        "value placed on one prevented eviction when choosing the best point, tkr");
    command->callback([o, &context] { sweep(*o, context); });
}

} // namespace hcsim::cli
