#include "cli_decisions.hpp"
#include "cli_limits.hpp"
#include "cli_threads.hpp"

#include "cli_decisions_print.hpp"
#include "cli_outputs.hpp"
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
    add_seed_option(psa, o.seed);
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
    add_seed_option(sweep, o.seed);
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

// A staff effect's field, options.<option>.staff.<role>.effects[<i>].<kind>, named by the
// state and exit it acts on ("bosamordnare: at_risk -> evicted (relative risk)"); other
// fields keep their path without the "options.<option>." prefix. The i-th YAML effect is the
// pool's i-th StaffEffect (build_staff keeps the order).
std::string readable_label(const scenario::Scenario& s, const std::string& field) {
    const std::string options_prefix = "options.";
    if (field.rfind(options_prefix, 0) != 0) {
        return field;
    }
    const auto option_end = field.find('.', options_prefix.size());
    const std::string option =
        field.substr(options_prefix.size(), option_end - options_prefix.size());
    const std::string rest = option_end == std::string::npos ? field : field.substr(option_end + 1);
    const std::string staff_prefix = "staff.";
    const auto effects_at = rest.find(".effects[");
    if (!s.has_option(option) || rest.rfind(staff_prefix, 0) != 0) {
        return rest;
    }
    if (effects_at == std::string::npos) { // staff.<role>.<field> -> "<role> <field>"
        std::string label = rest.substr(staff_prefix.size());
        if (const auto dot = label.find('.'); dot != std::string::npos) {
            label[dot] = ' ';
        }
        return label;
    }
    const std::string role = rest.substr(staff_prefix.size(), effects_at - staff_prefix.size());
    const auto index_end = rest.find(']', effects_at);
    const std::size_t index = std::stoul(rest.substr(effects_at + 9, index_end - effects_at - 9));
    const std::string kind = has_suffix(rest, ".delay_factor") ? "delay factor" : "relative risk";
    const auto& spec = s.option(option).spec;
    for (const auto& pool : spec.staff) {
        if (pool.role == role && index < pool.effects.size()) {
            const auto& effect = pool.effects[index];
            return role + ": " + spec.states[effect.state].name + " -> " +
                   spec.exits[effect.state][effect.exit].name + " (" + kind + ")";
        }
    }
    return rest;
}

std::vector<analysis::UncertainInput> uncertain_inputs(const scenario::Scenario& s) {
    std::vector<analysis::UncertainInput> inputs;
    for (const auto& site : s.parameters) {
        if (site.uncertainty) {
            const scenario::Uncertainty u = *site.uncertainty;
            inputs.push_back({site.field, site.value, [u](double p) { return u.quantile(p); },
                              readable_label(s, site.field)});
        }
    }
    return inputs;
}

// Every staff effect: a relative risk or delay factor under some option's staff effects.
std::vector<analysis::EffectField> effect_fields(const scenario::Scenario& s) {
    std::vector<analysis::EffectField> effects;
    for (const auto& site : s.parameters) {
        const bool effect =
            site.field.find(".effects") != std::string::npos &&
            (has_suffix(site.field, ".relative_risk") || has_suffix(site.field, ".delay_factor"));
        if (effect) {
            effects.push_back({site.field, site.value, site.allowed_min, site.allowed_max});
        }
    }
    return effects;
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
    std::vector<double> lambdas;
    try {
        lambdas = analysis::lambda_grid(o.max_value_tkr, o.value_step_tkr); // before any run
    } catch (const std::invalid_argument& e) {
        std::cerr << "hcsim: psa: " << e.what() << "\n";
        return exit_bad_input;
    }
    try {
        const scenario::Scenario nominal = scenario::load_scenario(o.file);
        const std::string baseline = o.baseline.empty() ? nominal.baseline : o.baseline;
        if (!nominal.has_option(baseline)) {
            std::cerr << o.file << ": error: --baseline: the scenario has no option '" << baseline
                      << "'\n";
            return exit_bad_input;
        }
        const std::string out = o.out.empty() ? "results/" + nominal.name + "-psa" : o.out;
        report::check_output_folder(out, inputs_of(nominal));
        const auto inputs = uncertain_inputs(nominal);
        const analysis::ScenarioFactory factory = [&](const analysis::Overrides& overrides) {
            return scenario::load_scenario(o.file, overrides);
        };
        analysis::PsaSettings settings;
        settings.draws = o.draws;
        settings.baseline = baseline;
        settings.inner.replications = o.replications;
        settings.inner.seed = o.seed.value_or(nominal.seed);
        settings.inner.threads = o.threads;
        settings.inner.executor = o.executor.get();
        settings.common_streams_across_draws = !o.independent_draws;
        settings.progress = progress_line("draws");
        std::printf("%s — probabilistic sensitivity analysis: %zu uncertain parameters, %zu "
                    "draws x %zu replications, seed %llu\n",
                    nominal.title.c_str(), inputs.size(), o.draws, o.replications,
                    static_cast<unsigned long long>(settings.inner.seed));
        if (inputs.empty()) {
            std::printf("  (no parameter has a distribution: every draw is the nominal "
                        "scenario; see docs/decisions.md)\n");
        }
        const auto psa = analysis::run_psa(factory, inputs, settings);

        analysis::RunSettings one_way = settings.inner;
        one_way.replications = o.tornado_replications.value_or(o.replications);
        const auto bars = analysis::tornado(factory, inputs, one_way, baseline);
        std::vector<analysis::BreakEven> break_even;
        const auto effects = effect_fields(nominal);
        if (!o.skip_break_even && !effects.empty()) {
            break_even = analysis::break_even_effects(factory, effects, one_way, baseline);
        }
        const auto drivers = analysis::rank_drivers(psa);

        if (o.executor && !o.executor->is_reporting_process()) {
            return exit_ok; // rank 0 of an MPI job prints and writes
        }
        print_psa_summary(nominal, psa, drivers, bars, break_even, baseline);
        std::vector<std::pair<std::string, std::string>> files{
            {"psa_summary.csv", report::psa_summary_csv(psa, baseline)},
            {"psa_draws.csv", report::psa_draws_csv(psa)},
            {"acceptability.csv", report::acceptability_csv(psa, lambdas)},
            {"evpi.csv", report::evpi_csv(psa, lambdas)},
            {"tornado.csv", report::tornado_csv(bars, psa)},
            {"global_sensitivity.csv", report::global_sensitivity_csv(drivers, psa)},
            {"break_even.csv", report::break_even_csv(break_even)}};
        report::write_folder_atomically(out, files, inputs_of(nominal));
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("\nwritten to %s/ (psa_summary, psa_draws, acceptability, evpi, tornado, "
                    "global_sensitivity, break_even .csv) in %.1f s\n",
                    out.c_str(), seconds);
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
        const std::string out = o.out.empty() ? "results/" + nominal.name + "-sweep" : o.out;
        report::check_output_folder(out, inputs_of(nominal));
        std::vector<analysis::SweepAxis> axes;
        std::size_t points = 1;
        for (std::size_t a = 0; a < o.roles.size(); ++a) {
            analysis::SweepAxis axis;
            axis.role = o.roles[a];
            try {
                axis.fte = analysis::parse_grid(o.grids[a]);
            } catch (const std::invalid_argument& e) {
                std::cerr << "hcsim: sweep: --fte: " << e.what() << "\n";
                return exit_bad_input;
            }
            points *= axis.fte.size();
            if (points > analysis::max_sweep_points) {
                std::cerr << "hcsim: sweep: --fte: the grids give " << points
                          << " points or more, over the limit of " << analysis::max_sweep_points
                          << " per sweep: take larger steps\n";
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
        const auto grid = analysis::staffing_sweep(factory, axes, settings, baseline, o.options);

        if (o.executor && !o.executor->is_reporting_process()) {
            return exit_ok; // rank 0 of an MPI job prints and writes
        }
        std::printf("%s — staffing sweep, %zu replications per point, seed %llu\n",
                    nominal.title.c_str(), o.replications,
                    static_cast<unsigned long long>(settings.seed));
        print_sweep_summary(grid, axes, baseline, o.value_per_eviction_tkr);
        report::write_folder_atomically(
            out, {{"sweep.csv", report::sweep_csv(grid, axes, o.value_per_eviction_tkr)}},
            inputs_of(nominal));
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
