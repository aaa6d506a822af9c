#include "cli_decisions.hpp"
#include "cli_threads.hpp"

#include "cli_decisions_print.hpp"
#include "cli_outputs.hpp"
#include "cli_psa_run.hpp"
#include "commands.hpp"
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace hcsim::cli {

CLI::App* register_psa(CLI::App& app, PsaOptions& o, unsigned default_threads) {
    auto* psa = app.add_subcommand(
        "psa", "Probabilistic sensitivity analysis: draws of the uncertain parameters, "
               "replications with common random numbers inside each draw");
    psa->add_option("file", o.file, "scenario file")->required();
    psa->add_option("--draws,-d", o.draws, "parameter draws (outer loop)")
        ->check(CLI::Range(1ULL, 100000ULL));
    psa->add_option("--replications,-r", o.replications, "replications per draw (inner loop)")
        ->check(CLI::Range(1ULL, 100000ULL));
    psa->add_option("--tornado-replications", o.tornado_replications,
                    "replications per tornado and break-even run (default: --replications)")
        ->check(CLI::Range(1ULL, 100000ULL));
    psa->add_option("--seed,-s", o.seed, "random seed (default: the scenario's)");
    add_threads_option(psa, o.threads, default_threads,
                       "worker threads (results do not depend on it)");
    psa->add_option("--baseline", o.baseline, "baseline option (default: the scenario's)");
    psa->add_option("--out,-o", o.out, "output folder (default results/<scenario name>-psa)");
    psa->add_flag("--independent-draws", o.independent_draws,
                  "give every draw its own household streams instead of sharing them");
    psa->add_flag("--no-break-even", o.skip_break_even, "skip the break-even effect search");
    psa->add_option("--max-value", o.max_value_tkr,
                    "largest value of one prevented eviction on the acceptability curve, tkr")
        ->check(CLI::Range(0.0, 1e9));
    psa->add_option("--value-step", o.value_step_tkr, "step of the acceptability curve, tkr")
        ->check(CLI::Range(1e-6, 1e9));
    psa->add_option("--value-per-eviction", o.value_per_eviction_tkr,
                    "value of one prevented eviction for evppi.csv (besides 0), tkr")
        ->check(CLI::Range(0.0, 1e9));
    psa->add_option("--horizon-years", o.horizon_years,
                    "simulated years (default: the scenario's horizon_years)")
        ->check(CLI::Range(0.01, 100.0));
    return psa;
}

CLI::App* register_sweep(CLI::App& app, SweepOptions& o, unsigned default_threads) {
    auto* sweep = app.add_subcommand(
        "sweep", "Grid over the FTE of one or two staff roles: cost, outcomes, efficient "
                 "frontier and marginal cost per eviction prevented");
    sweep->add_option("file", o.file, "scenario file")->required();
    sweep->add_option("--role", o.roles, "staff role to vary (once or twice)")
        ->required()
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sweep->add_option("--fte", o.grids, "grid of FTE for the role before it: start:stop:step")
        ->required()
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sweep->add_option("--option", o.options,
                      "option(s) whose role to vary (default: every option but the baseline)");
    sweep->add_option("--replications,-r", o.replications, "replications per grid point")
        ->check(CLI::Range(1ULL, 100000ULL));
    sweep->add_option("--seed,-s", o.seed, "random seed (default: the scenario's)");
    add_threads_option(sweep, o.threads, default_threads,
                       "worker threads (results do not depend on it)");
    sweep->add_option("--baseline", o.baseline, "baseline option (default: the scenario's)");
    sweep->add_option("--out,-o", o.out, "output folder (default results/<scenario name>-sweep)");
    sweep
        ->add_option("--value-per-eviction", o.value_per_eviction_tkr,
                     "value placed on one prevented eviction when choosing the best point, tkr")
        ->check(CLI::Range(0.0, 1e9));
    return sweep;
}

namespace {

bool has_suffix(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::function<void(std::size_t, std::size_t)> progress_line(const char* what) {
    if (isatty(STDERR_FILENO) == 0) {
        return nullptr;
    }
    return [what](std::size_t done, std::size_t total) {
        std::fprintf(stderr, "\r%s %zu/%zu", what, done, total);
        if (done == total) {
            std::fprintf(stderr, "\n");
        }
    };
}

} // namespace

int command_psa(const PsaOptions& o) {
    const auto start = std::chrono::steady_clock::now();
    try {
        analysis::Overrides fixed;
        if (o.horizon_years) {
            fixed["horizon_years"] = *o.horizon_years;
        }
        const scenario::Scenario nominal = scenario::load_scenario(o.file, fixed);
        const std::string baseline = o.baseline.empty() ? nominal.baseline : o.baseline;
        if (!nominal.has_option(baseline)) {
            std::cerr << o.file << ": error: --baseline: the scenario has no option '" << baseline
                      << "'\n";
            return exit_bad_input;
        }
        const auto inputs = uncertain_inputs(nominal);
        if (inputs.empty()) {
            // Every draw would be the nominal scenario: probabilities of 0 % or 100 % and
            // ranges of zero width would describe the simulation, not the assumptions.
            std::cerr << o.file
                      << ": error: no parameter has a distribution, so there is no uncertainty "
                         "to analyse; give the staff effects a 'dist' (docs/decisions.md, "
                         "scenarios/README.md)\n";
            return exit_bad_input;
        }
        DecisionRun run;
        run.file = o.file;
        run.fixed = fixed;
        run.draws = o.draws;
        run.replications = o.replications;
        run.one_way_replications = o.tornado_replications.value_or(o.replications);
        run.seed = o.seed.value_or(nominal.seed);
        run.threads = o.threads;
        run.executor = o.executor.get();
        run.baseline = baseline;
        run.independent_draws = o.independent_draws;
        run.break_even = !o.skip_break_even;
        run.acceptability_values = analysis::lambda_grid(o.max_value_tkr, o.value_step_tkr);
        run.evppi_values = {0.0};
        if (o.value_per_eviction_tkr > 0.0) {
            run.evppi_values.push_back(o.value_per_eviction_tkr);
        }
        run.horizon_years = static_cast<std::size_t>(
            std::lround(nominal.options.front().spec.horizon_days / 365.0));
        run.progress = progress_line("draws");
        std::printf("%s — probabilistic sensitivity analysis: %zu uncertain parameters, %zu "
                    "draws x %zu replications, seed %llu, horizon %zu years\n",
                    nominal.title.c_str(), inputs.size(), o.draws, o.replications,
                    static_cast<unsigned long long>(run.seed), run.horizon_years);
        const auto result = run_decision_analysis(nominal, run);
        if (o.executor && !o.executor->is_reporting_process()) {
            return exit_ok; // rank 0 of an MPI job prints and writes
        }
        print_psa_summary(nominal, result.psa, result.drivers, result.bars, baseline);
        print_decision_headline(nominal, result, baseline);
        const std::string out = o.out.empty() ? "results/" + nominal.name + "-psa" : o.out;
        auto files = decision_files(result, run);
        files.emplace_back("psa_status.csv", psa_status_csv("ran", run, inputs.size()));
        report::write_folder_atomically(out, files);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        print_written(out, files, seconds);
        return exit_ok;
    } catch (const scenario::ScenarioError& e) {
        print_scenario_errors(e, o.file);
        return exit_bad_input;
    } catch (const model::InvariantError& e) {
        std::cerr << "hcsim: model invariant violated, run stopped: " << e.what() << "\n";
        return exit_invariant;
    }
}

int command_sweep(const SweepOptions& o) {
    if (o.roles.size() != o.grids.size() || o.roles.empty() || o.roles.size() > 2) {
        std::cerr << "hcsim: sweep: give one or two --role, each followed by its --fte grid\n";
        return exit_bad_input;
    }
    try {
        const scenario::Scenario nominal = scenario::load_scenario(o.file);
        const std::string baseline = o.baseline.empty() ? nominal.baseline : o.baseline;
        for (const auto& name : o.options) {
            if (!nominal.has_option(name)) {
                std::cerr << o.file << ": error: --option: the scenario has no option '" << name
                          << "'\n";
                return exit_bad_input;
            }
        }
        if (!nominal.has_option(baseline)) {
            std::cerr << o.file << ": error: --baseline: the scenario has no option '" << baseline
                      << "'\n";
            return exit_bad_input;
        }
        std::vector<analysis::SweepAxis> axes;
        for (std::size_t a = 0; a < o.roles.size(); ++a) {
            analysis::SweepAxis axis;
            axis.role = o.roles[a];
            try {
                axis.fte = analysis::parse_grid(o.grids[a]);
            } catch (const std::invalid_argument& e) {
                std::cerr << "hcsim: sweep: --fte: " << e.what() << "\n";
                return exit_bad_input;
            }
            for (const auto& site : nominal.parameters) {
                bool chosen = o.options.empty();
                for (const auto& name : o.options) {
                    chosen = chosen || site.field.rfind("options." + name + ".", 0) == 0;
                }
                if (chosen && has_suffix(site.field, ".staff." + axis.role + ".fte")) {
                    axis.fields.push_back(site.field);
                }
            }
            if (axis.fields.empty()) {
                std::cerr << o.file << ": error: --role: no option"
                          << (o.options.empty() ? "" : " chosen") << " has a field staff."
                          << axis.role << ".fte\n";
                return exit_bad_input;
            }
            axes.push_back(std::move(axis));
        }
        analysis::RunSettings settings;
        settings.replications = o.replications;
        settings.seed = o.seed.value_or(nominal.seed);
        settings.threads = o.threads;
        settings.executor = o.executor.get();
        const analysis::ScenarioFactory factory = [&](const analysis::Overrides& overrides) {
            return scenario::load_scenario(o.file, overrides);
        };
        const auto points = analysis::staffing_sweep(factory, axes, settings, baseline, o.options);

        if (o.executor && !o.executor->is_reporting_process()) {
            return exit_ok; // rank 0 of an MPI job prints and writes
        }
        std::printf("%s — staffing sweep, %zu replications per point, seed %llu\n",
                    nominal.title.c_str(), o.replications,
                    static_cast<unsigned long long>(settings.seed));
        print_sweep_summary(points, axes, baseline, o.value_per_eviction_tkr);
        const std::string out = o.out.empty() ? "results/" + nominal.name + "-sweep" : o.out;
        report::write_folder_atomically(
            out, {{"sweep.csv", report::sweep_csv(points, axes, o.value_per_eviction_tkr)}});
        std::printf("written to %s/sweep.csv\n", out.c_str());
        return exit_ok;
    } catch (const scenario::ScenarioError& e) {
        print_scenario_errors(e, o.file);
        return exit_bad_input;
    } catch (const model::InvariantError& e) {
        std::cerr << "hcsim: model invariant violated, run stopped: " << e.what() << "\n";
        return exit_invariant;
    }
}

} // namespace hcsim::cli
