#pragma once
// The calibration use case (`hcsim calibrate`; docs/validity.md): the scenario's free
// parameters fitted to a targets file, and the calibrated scenario's text.
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/analysis/task_executor.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "hcsim/scenario/targets.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace hcsim::study {

// Every field marked `calibrate: {min:, max:}`, starting at its value.
[[nodiscard]] std::vector<analysis::FreeParameter> free_parameters(const scenario::Scenario& s);

struct CalibrationRequest {
    std::string targets_file; // empty: the scenario's own `validation:` figures
    std::string option;       // empty: the targets file's, else the baseline
    std::optional<analysis::CalibrationMethod> method; // empty: analytic if it applies
    std::size_t replications = 50;
    std::uint64_t seed = 1;
    const analysis::TaskExecutor* executor = nullptr; // for simulated evaluations
};

struct CalibrationStudy {
    std::string option;
    scenario::CalibrationTargets targets; // the figures fitted: independent ones only
    std::vector<std::string> not_fitted;  // input checks and backcast targets, with why
    analysis::CalibrationResult result;
};

// Fits the free parameters of `s` (rebuilt by `factory` at each trial). Throws BadInput for
// an unknown option, a bad targets file or nothing to fit.
[[nodiscard]] CalibrationStudy calibrate(const scenario::Scenario& s,
                                         const analysis::ScenarioFactory& factory,
                                         const CalibrationRequest& request);

// The scenario file with the fitted values written in, named <name>-calibrated; `out` is
// where it will be written (for its `extends:` paths).
[[nodiscard]] std::string calibrated_scenario(const scenario::Scenario& s,
                                              const CalibrationStudy& study,
                                              const std::string& out);

} // namespace hcsim::study
