#include "cli_calibrate.hpp"
#include "cli_limits.hpp"
#include "cli_threads.hpp"

#include "cli_outputs.hpp"
#include "commands.hpp"
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/overlay.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/targets.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace hcsim::cli {

namespace {

// How a calibrated scenario begins: what lets hcsim replace it on the next calibration.
constexpr std::string_view calibrated_signature = "# Written by hcsim calibrate";

std::string number(double value) {
    if (std::isnan(value)) {
        return "-";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

void print_result(const analysis::CalibrationResult& r) {
    std::printf("method: %s; %s after %d model evaluations\n\n",
                analysis::to_string(r.method).c_str(), r.status.c_str(), r.evaluations);
    std::printf("%-48s  %10s  %10s  %10s\n", "parameter", "start", "fitted", "std error");
    for (const auto& p : r.parameters) {
        std::printf("%-48s  %10s  %10s  %10s%s\n", p.field.c_str(), number(p.start).c_str(),
                    number(p.value).c_str(), number(p.standard_error).c_str(),
                    p.at_bound ? "  (at a bound)" : "");
    }
    std::printf("\n%-28s  %9s  %7s  %9s  %10s  %24s\n", "target", "observed", "sd", "model",
                "difference", "simulated [95% CI]");
    for (const auto& row : r.fit) {
        const std::string simulated = number(row.simulated) + " [" + number(row.simulated_low) +
                                      ", " + number(row.simulated_high) + "]";
        std::printf("%-28s  %9s  %7s  %9s  %10s  %24s\n", row.target.c_str(),
                    number(row.observed).c_str(), number(row.sd).c_str(), number(row.model).c_str(),
                    number(row.difference).c_str(), simulated.c_str());
    }
    std::printf("\nweighted sum of squares %.4g\n", r.weighted_sum_of_squares);
}

std::optional<analysis::CalibrationMethod> parse_method(const std::string& text) {
    if (text == "analytic") {
        return analysis::CalibrationMethod::analytic;
    }
    if (text == "approximate") {
        return analysis::CalibrationMethod::approximate;
    }
    if (text == "simulation") {
        return analysis::CalibrationMethod::simulation;
    }
    return std::nullopt;
}

void print_diagnostics(const scenario::ScenarioError& e) {
    for (const auto& d : e.diagnostics()) {
        std::cerr << d.format() << "\n";
    }
}

} // namespace

CLI::App* register_calibrate(CLI::App& app, CalibrateCommandOptions& options,
                             unsigned default_threads) {
    auto* command = app.add_subcommand(
        "calibrate", "Fit the scenario's free parameters (calibrate: {min:, max:}) to observed "
                     "figures and write the calibrated scenario");
    command->add_option("file", options.file, "scenario file")->required();
    command->add_option("--targets", options.targets, "targets file (docs/validity.md)")
        ->required();
    command->add_option("--option", options.option,
                        "option to fit (default: the targets file's, else the baseline)");
    command
        ->add_option("--method", options.method,
                     "analytic, approximate or simulation (default: analytic if it applies)")
        ->check(CLI::IsMember({"analytic", "approximate", "simulation"}));
    command
        ->add_option("--replications,-r", options.replications,
                     "replications per evaluation (simulation) and for the check at the fit")
        ->check(CLI::Range(2ULL, 100000ULL));
    add_seed_option(command, options.seed);
    add_threads_option(command, options.threads, default_threads,
                       "threads for simulated evaluations (results do not depend on it)");
    command->add_option("--out,-o", options.out,
                        "calibrated scenario file (default: <file>-calibrated.yaml beside it)");
    return command;
}

int command_calibrate(const CalibrateCommandOptions& o) {
    const auto s = load_or_report(o.file);
    if (!s) {
        return exit_bad_input;
    }
    scenario::CalibrationTargets targets;
    std::string option;
    try {
        const std::string first_choice = o.option.empty() ? s->baseline : o.option;
        if (!s->has_option(first_choice)) {
            std::cerr << o.file << ": error: --option: the scenario has no option '" << first_choice
                      << "'\n";
            return exit_bad_input;
        }
        targets = scenario::load_targets(o.targets, s->option(first_choice).spec);
        option = o.option.empty() && !targets.option.empty() ? targets.option : first_choice;
        if (!s->has_option(option)) {
            std::cerr << o.targets << ": error: option: the scenario has no option '" << option
                      << "'\n";
            return exit_bad_input;
        }
    } catch (const scenario::ScenarioError& e) {
        print_diagnostics(e);
        return exit_bad_input;
    }

    const std::filesystem::path source(o.file);
    const std::string out =
        o.out.empty()
            ? (source.parent_path() / (source.stem().string() + "-calibrated.yaml")).string()
            : o.out;
    auto inputs = inputs_of(*s);
    inputs.emplace_back(o.targets);
    report::check_output_file(out, inputs, calibrated_signature, "--out"); // before the fit

    std::vector<analysis::FreeParameter> parameters;
    for (const scenario::ParameterSite& site : s->parameters) {
        if (site.calibrate) {
            parameters.push_back(
                {site.field, site.calibrate->min, site.calibrate->max, site.value});
        }
    }
    const analysis::ModelForValues model_for = [&](const std::vector<double>& values) {
        scenario::ParameterOverrides overrides;
        for (std::size_t i = 0; i < values.size(); ++i) {
            overrides[parameters[i].field] = values[i];
        }
        return scenario::load_scenario(o.file, overrides).option(option).spec;
    };
    analysis::CalibrationSettings settings;
    settings.method = parse_method(o.method);
    settings.replications = o.replications;
    settings.seed = o.seed.value_or(s->seed);
    const analysis::ThreadExecutor threads(o.threads);
    settings.executor = &threads;

    analysis::CalibrationResult result;
    try {
        result = analysis::calibrate(parameters, model_for, targets.targets, settings);
    } catch (const scenario::ScenarioError& e) {
        print_diagnostics(e);
        return exit_bad_input;
    } catch (const std::invalid_argument& e) {
        std::cerr << o.file << ": error: " << e.what() << "\n";
        return exit_bad_input;
    }
    std::printf("Calibration of %s, option %s, to %s\n", s->name.c_str(), option.c_str(),
                o.targets.c_str());
    print_result(result);

    std::map<std::string, double> fitted;
    for (const auto& p : result.parameters) {
        fitted[p.field] = p.value;
    }
    try {
        const std::string text = scenario::overlay_yaml(
            o.file, out, s->name + "-calibrated", fitted,
            std::string(calibrated_signature).substr(2) + ": " + o.file +
                " with the fitted values of its free\n"
                "parameters (targets " +
                o.targets + ", method " + analysis::to_string(result.method) + ").");
        // Written beside its final name and validated there (its `extends:` is relative),
        // then renamed into place: a file that does not validate never replaces anything.
        report::StagedFile staged(out, text, inputs, calibrated_signature, "--out");
        (void)scenario::load_scenario(staged.staging().string());
        staged.commit();
    } catch (const scenario::ScenarioError& e) {
        print_diagnostics(e);
        std::cerr << "hcsim: internal error: the calibrated scenario did not validate\n";
        return exit_internal;
    }
    std::printf("calibrated scenario: %s\n", out.c_str());
    return exit_ok;
}

} // namespace hcsim::cli
