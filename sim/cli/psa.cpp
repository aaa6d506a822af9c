#include "psa.hpp"

#include "console.hpp"
#include "decisions_print.hpp"
#include "run_options.hpp"
#include "scenario_options.hpp"

#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/study/decisions.hpp"

#include <chrono>
#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

struct PsaOptions {
    ScenarioOptions scenario;
    study::PsaRequest request;
    std::size_t replications = 50;
    std::optional<std::size_t> tornado_replications; // default: --replications
    unsigned threads = 1;
    std::string out;
    bool skip_break_even = false;
    std::optional<double> horizon_years; // overrides the scenario's horizon_years
};

void psa(PsaOptions o, Context& context) {
    const auto start = std::chrono::steady_clock::now();
    if (o.horizon_years) {
        o.scenario.set.push_back("horizon_years=" + std::to_string(*o.horizon_years));
    }
    const scenario::Scenario nominal = o.scenario.load();
    const std::string out = o.out.empty() ? "results/" + nominal.name + "-psa" : o.out;
    report::check_output_folder(out, inputs_of(nominal)); // before the run
    // Every rank gets every result: the tornado and break-even runs depend on the draws.
    const auto executor = context.group.executor(o.threads, "queue", true);
    analysis::RunSettings inner;
    inner.replications = o.replications;
    inner.seed = o.scenario.seed_for(nominal);
    inner.threads = o.threads;
    inner.executor = executor.get();
    study::PsaRequest request = o.request;
    request.tornado_replications = o.tornado_replications.value_or(o.replications);
    request.break_even = !o.skip_break_even;
    const auto inputs = study::uncertain_inputs(nominal).size();
    std::printf("%s — probabilistic sensitivity analysis: %zu uncertain parameters, %zu "
                "draws x %zu replications, seed %llu\n",
                nominal.title.c_str(), inputs, request.draws, o.replications,
                static_cast<unsigned long long>(inner.seed));
    const auto result =
        study::psa(nominal, o.scenario.factory(nominal), request, inner, progress_line("draws"));
    if (!executor->is_reporting_process()) {
        return; // rank 0 of an MPI job prints and writes
    }
    print_psa_summary(nominal, result.psa, result.drivers, result.tornado, result.baseline);
    print_decision_headline(nominal, result, result.baseline);
    const auto files = report::psa_files(result);
    report::write_folder_atomically(out, files, inputs_of(nominal));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::string names;
    for (const auto& [name, contents] : files) {
        names += (names.empty() ? "" : ", ") + name;
    }
    std::printf("\nwritten to %s/ (%s) in %.1f s\n", out.c_str(), names.c_str(), seconds);
}

} // namespace

void setup_psa(CLI::App& app, Context& context) {
    const auto [o, command] = add_scenario_command<PsaOptions>(
        app, "psa",
        "Probabilistic sensitivity analysis: draws of the uncertain parameters, "
        "replications with common random numbers inside each draw");
    command->add_option("--draws,-d", o->request.draws, "parameter draws (outer loop)")
        ->check(CLI::Range(1ULL, 100000ULL));
    add_replications_option(*command, o->replications, "replications per draw (inner loop)");
    command
        ->add_option("--tornado-replications", o->tornado_replications,
                     "replications per tornado and break-even run (default: --replications)")
        ->check(CLI::Range(1ULL, 100000ULL));
    add_threads_option(*command, o->threads, context.default_threads,
                       "worker threads (results do not depend on it)");
    add_baseline_option(*command, o->request.baseline);
    command->add_option("--out,-o", o->out, "output folder (default results/<scenario name>-psa)");
    command->add_flag("--independent-draws", o->request.independent_draws,
                      "give every draw its own household streams instead of sharing them");
    command->add_flag("--no-break-even", o->skip_break_even, "skip the break-even effect search");
    command
        ->add_option("--max-value", o->request.max_value_tkr,
                     "largest value of one prevented eviction on the acceptability curve, tkr")
        ->check(CLI::Range(0.0, 1e9));
    command
        ->add_option("--value-step", o->request.value_step_tkr,
                     "step of the acceptability curve, tkr")
        ->check(CLI::Range(1e-6, 1e9));
    add_value_per_eviction_option(*command, o->request.value_per_eviction_tkr,
                                  "value of one prevented eviction for evppi.csv (besides 0), tkr");
    add_horizon_option(*command, o->horizon_years);
    command->callback([o, &context] { psa(*o, context); });
}

} // namespace hcsim::cli
