#include "calibrate.hpp"

#include "run_options.hpp"

#include "scenario_options.hpp"

#include "hcsim/error.hpp"
#include "hcsim/report/output_paths.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/study/calibration.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace hcsim::cli {

namespace {

// How a calibrated scenario begins (study/calibration.cpp): what lets hcsim replace it.
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

struct CalibrateOptions {
    ScenarioOptions scenario;
    std::string targets;
    std::string option;
    std::string method; // analytic, approximate, simulation; empty: analytic if it applies
    std::size_t replications = 50;
    unsigned threads = 1; // for the simulation method and the check at the fit
    std::string out;      // default: FILE's folder, <stem>-calibrated.yaml
};

void calibrate(const CalibrateOptions& o) {
    const auto s = o.scenario.load();
    const std::filesystem::path source(o.scenario.file);
    const std::string out =
        o.out.empty()
            ? (source.parent_path() / (source.stem().string() + "-calibrated.yaml")).string()
            : o.out;
    auto inputs = inputs_of(s);
    inputs.emplace_back(o.targets);
    report::check_output_file(out, inputs, calibrated_signature, "--out"); // before the fit
    const analysis::ThreadExecutor threads(o.threads);
    study::CalibrationRequest request;
    request.targets_file = o.targets;
    request.option = o.option;
    request.method = analysis::calibration_method_named(o.method);
    request.replications = o.replications;
    request.seed = o.scenario.seed_for(s);
    request.executor = &threads;
    const auto fit = study::calibrate(s, o.scenario.factory(s), request);
    for (const std::string& skipped : fit.not_fitted) {
        std::printf("not fitted: %s\n", skipped.c_str());
    }
    std::printf("Calibration of %s, option %s, to %s\n", s.name.c_str(), fit.option.c_str(),
                fit.targets.path.c_str());
    print_result(fit.result);

    // Written beside its final name and validated there (its `extends:` is relative), then
    // renamed into place: a file that does not validate never replaces anything.
    report::StagedFile staged(out, study::calibrated_scenario(s, fit, out), inputs,
                              calibrated_signature, "--out");
    try {
        (void)scenario::load_scenario(staged.staging().string());
    } catch (const scenario::ScenarioError& e) {
        throw InternalError("the calibrated scenario did not validate:\n" + std::string(e.what()));
    }
    staged.commit();
    std::printf("calibrated scenario: %s\n", out.c_str());
}

} // namespace

void setup_calibrate(CLI::App& app, Context& context) {
    const auto [options, command] = add_scenario_command<CalibrateOptions>(
        app, "calibrate",
        "Fit the scenario's free parameters (calibrate: {min:, max:}) to observed "
        "figures and write the calibrated scenario");
    command->add_option("--targets", options->targets,
                        "targets file (docs/validity.md; default: the scenario's independent "
                        "validation: figures)");
    command->add_option("--option", options->option,
                        "option to fit (default: the targets file's, else the baseline)");
    command
        ->add_option("--method", options->method,
                     "analytic, approximate or simulation (default: analytic if it applies)")
        ->check(CLI::IsMember({"analytic", "approximate", "simulation"}));
    add_replications_option(*command, options->replications,
                            "replications per evaluation (simulation) and for the check at the fit",
                            2);
    add_threads_option(*command, options->threads, context.default_threads,
                       "threads for simulated evaluations (results do not depend on it)");
    command->add_option("--out,-o", options->out,
                        "calibrated scenario file (default: <file>-calibrated.yaml beside it)");
    command->callback([options] { calibrate(*options); });
}

} // namespace hcsim::cli
