#pragma once
// The few numbers a decision under uncertainty needs from one experiment: for each option,
// the mean difference against the baseline in cost, evictions, own leases and homeless
// nights (means over replications with common random numbers, from `differences`).
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/analysis/parameter_sampling.hpp"
#include "hcsim/analysis/value_of_information.hpp"

#include <functional>
#include <string>
#include <vector>

namespace hcsim::analysis {

// Builds the scenario with some fields replaced (scenario::load_scenario(path, overrides)).
using ScenarioFactory = std::function<scenario::Scenario(const Overrides&)>;

struct OptionOutcome {
    std::string option;
    DrawOutcome outcome;
};

// Runs `options` (all but the baseline when empty) and the baseline; one entry per option
// that is not the baseline, in scenario order.
[[nodiscard]] std::vector<OptionOutcome>
decision_outcomes(const scenario::Scenario& scenario, const RunSettings& settings,
                  const std::string& baseline, const std::vector<std::string>& options = {});

} // namespace hcsim::analysis
