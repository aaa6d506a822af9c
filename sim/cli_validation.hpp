#pragma once
// The scenario's `validation:` figures against the simulated option, for `hcsim compare`.
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <string>

namespace hcsim::cli {

// Simulates `option` with the run's seed and replications, prints the comparison and returns
// it as validation.csv.
[[nodiscard]] std::string validation_table(const scenario::Scenario& s, const std::string& option,
                                           const analysis::RunSettings& settings);

} // namespace hcsim::cli
