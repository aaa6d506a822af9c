#include "hcsim/study/calibration.hpp"

#include "hcsim/error.hpp"
#include "hcsim/scenario/overlay.hpp"
#include "hcsim/scenario/parameters.hpp"

#include <map>

namespace hcsim::study {

std::vector<analysis::FreeParameter> free_parameters(const scenario::Scenario& s) {
    std::vector<analysis::FreeParameter> parameters;
    for (const scenario::ParameterSite& site : s.parameters) {
        if (site.calibrate) {
            parameters.push_back(
                {site.field, site.calibrate->min, site.calibrate->max, site.value});
        }
    }
    return parameters;
}

CalibrationStudy calibrate(const scenario::Scenario& s, const analysis::ScenarioFactory& factory,
                           const CalibrationRequest& request) {
    CalibrationStudy study;
    const std::string first_choice = request.option.empty() ? s.baseline : request.option;
    if (!s.has_option(first_choice)) {
        throw BadInput("--option: the scenario has no option '" + first_choice + "'", s.path);
    }
    if (request.targets_file.empty()) {
        study.targets.path = s.path + " (validation:)";
        study.targets.targets = s.validation;
    } else {
        study.targets = scenario::load_targets(request.targets_file, s.option(first_choice).spec);
    }
    // An input read back says nothing a fit could use, and a figure checked on another
    // scenario is fitted by calibrating that one.
    std::erase_if(study.targets.targets, [&](const scenario::CalibrationTarget& t) {
        if (t.kind == scenario::TargetKind::input_check) {
            study.not_fitted.push_back(t.name + " (input check)");
            return true;
        }
        if (!t.model_path.empty()) {
            study.not_fitted.push_back(t.name + " (checked on " + t.model_path +
                                       ": calibrate that scenario)");
            return true;
        }
        return false;
    });
    study.option = request.option.empty() && !study.targets.option.empty() ? study.targets.option
                                                                           : first_choice;
    if (!s.has_option(study.option)) {
        throw BadInput("option: the scenario has no option '" + study.option + "'",
                       request.targets_file);
    }
    const auto parameters = free_parameters(s);
    const analysis::ModelForValues model_for = [&](const std::vector<double>& values,
                                                   const std::string& target_option) {
        scenario::ParameterOverrides overrides;
        for (std::size_t i = 0; i < values.size(); ++i) {
            overrides[parameters[i].field] = values[i];
        }
        return factory(overrides).option(target_option.empty() ? study.option : target_option).spec;
    };
    analysis::CalibrationSettings settings;
    settings.method = request.method;
    settings.replications = request.replications;
    settings.seed = request.seed;
    settings.executor = request.executor;
    try {
        study.result = analysis::calibrate(parameters, model_for, study.targets.targets, settings);
    } catch (const analysis::CalibrationError& e) {
        throw BadInput(e.what(), s.path);
    }
    return study;
}

std::string calibrated_scenario(const scenario::Scenario& s, const CalibrationStudy& study,
                                const std::string& out) {
    std::map<std::string, double> fitted;
    for (const auto& p : study.result.parameters) {
        fitted[p.field] = p.value;
    }
    return scenario::overlay_yaml(s.path, out, s.name + "-calibrated", fitted,
                                  "Written by hcsim calibrate: " + s.path +
                                      " with the fitted values of its free\n"
                                      "parameters (targets " +
                                      study.targets.path + ", method " +
                                      analysis::to_string(study.result.method) + ").");
}

} // namespace hcsim::study
