#pragma once
// What a staff effect does to the exits of its state, as the model applies it: for each option,
// staff role, group it serves and state it acts on, every exit's usual probability and its
// probability with the role's effects (exit_choice.hpp). A stated relative risk is realised
// exactly unless the changed exits cannot hold together; the other exits of the state move too.
#include "hcsim/scenario/scenario.hpp"

#include <string>
#include <vector>

namespace hcsim::analysis {

struct RealisedEffect {
    std::string option;
    std::string role;
    std::string group;
    std::string state;
    std::string exit;
    double stated_relative_risk = 1.0; // product of the role's effects on this exit (1: none)
    double usual_probability = 0.0;
    double probability_with_staff = 0.0;
};

// Exits restricted by only_if_came_from are left out (the household's history decides them).
[[nodiscard]] std::vector<RealisedEffect> realised_effects(const scenario::Scenario& scenario);

} // namespace hcsim::analysis
