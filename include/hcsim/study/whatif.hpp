#pragma once
// The what-if model of a scenario (whatif/whatif_model.hpp): its options' built models and
// the fields the report's "Pröva själv" offers (staff FTE, the assumed effects, capacities,
// the unit costs of the costliest states, the horizon, the arrival rates), each with the numbers of
// the built models it moves. Those are found by reading the scenario again with the field at two
// other values (`rebuild`) and comparing the built models: a field is offered only when it moves
// the same numbers both times, each an affine function of the field's value, and changes
// nothing else (no state, exit or year added or removed); the others are left out.
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "hcsim/whatif/whatif_model.hpp"

namespace hcsim::study {

// How many of the states with the highest unit cost offer theirs.
inline constexpr std::size_t whatif_unit_costs = 4;

[[nodiscard]] whatif::WhatIfModel whatif_model(const scenario::Scenario& scenario,
                                               const analysis::ScenarioFactory& rebuild,
                                               const std::string& baseline);

} // namespace hcsim::study
