#include "hcsim/analysis/decision_outcomes.hpp"

#include <algorithm>

namespace hcsim::analysis {

std::vector<OptionOutcome> decision_outcomes(const scenario::Scenario& scenario,
                                             const RunSettings& settings,
                                             const std::string& baseline,
                                             const std::vector<std::string>& options) {
    std::vector<std::string> run;
    if (!options.empty()) {
        run = options;
        if (std::find(run.begin(), run.end(), baseline) == run.end()) {
            run.push_back(baseline);
        }
    }
    const Experiment experiment = run_experiment(scenario, settings, run);
    std::vector<OptionOutcome> out;
    for (const auto& option : experiment.options) {
        if (option.name != baseline) {
            out.push_back({option.name, {}});
        }
    }
    for (const auto& row : differences(experiment, baseline)) {
        const auto found = std::find_if(out.begin(), out.end(),
                                        [&](const auto& o) { return o.option == row.option; });
        if (found == out.end()) {
            continue;
        }
        DrawOutcome& o = found->outcome;
        if (row.metric == "cost_total_tkr") {
            o.delta_cost_tkr = row.ci.mean;
        } else if (row.metric == "evictions") {
            o.evictions_prevented = 0.0 - row.ci.mean; // never -0 in tables
        } else if (row.metric == "households_to_own_lease") {
            o.more_to_own_lease = row.ci.mean;
        } else if (row.metric == "homeless_nights") {
            o.delta_homeless_nights = row.ci.mean;
        }
    }
    return out;
}

} // namespace hcsim::analysis
