#pragma once
// What each role of an option contributes: the option against the same option without that
// role, paired by replication (common random numbers), for the headline metrics and total
// cost. The roles' joint effect (the option against it without any role) is given too, and
// its gap to the sum of the parts: where roles need or crowd out each other, the parts do
// not add up to the whole.
#include "hcsim/analysis/experiment.hpp"

#include <string>
#include <vector>

namespace hcsim::analysis {

// Role names of the two summary lines.
inline constexpr const char* all_roles = "all_roles";
inline constexpr const char* interaction = "interaction";

struct ContributionRow {
    std::string option;
    std::string role; // a role, all_roles, or interaction (all_roles minus the sum of the roles)
    std::string metric;
    std::string unit;
    kernel::ConfidenceInterval ci;
};

// The metrics shown per role.
[[nodiscard]] const std::vector<std::string>& contribution_metrics();

// Options with more than one role. Runs each of them without one role at a time, and without
// all, with the settings of `experiment` (which must hold those options' replications).
[[nodiscard]] std::vector<ContributionRow> role_contributions(const scenario::Scenario& scenario,
                                                              const RunSettings& settings,
                                                              const Experiment& experiment);

} // namespace hcsim::analysis
