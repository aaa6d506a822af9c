#include "hcsim/analysis/effect_realisation.hpp"

#include "hcsim/model/exit_choice.hpp"

#include <algorithm>

namespace hcsim::analysis {

std::vector<RealisedEffect> realised_effects(const scenario::Scenario& scenario) {
    std::vector<RealisedEffect> rows;
    for (const auto& option : scenario.options) {
        const auto& spec = option.spec;
        for (const auto& pool : spec.staff) {
            std::vector<model::StateIndex> states;
            for (const auto& effect : pool.effects) {
                if (std::find(states.begin(), states.end(), effect.state) == states.end()) {
                    states.push_back(effect.state);
                }
            }
            for (model::GroupIndex g = 0; g < spec.groups.size(); ++g) {
                if (!pool.takes_group(g)) {
                    continue;
                }
                for (const model::StateIndex state : states) {
                    const auto& exits = spec.exits[state];
                    const auto usual = model::exit_probabilities(exits, g, std::nullopt,
                                                                 model::usual_care(exits.size()));
                    const auto modifiers = model::staff_modifiers(pool, state, g, exits.size());
                    const auto with_staff =
                        model::exit_probabilities(exits, g, std::nullopt, modifiers);
                    const bool acts =
                        std::any_of(modifiers.relative_risk.begin(), modifiers.relative_risk.end(),
                                    [](double rr) { return rr != 1.0; });
                    if (!acts) {
                        continue; // a delay factor only, or an effect for another group
                    }
                    for (std::size_t e = 0; e < exits.size(); ++e) {
                        if (usual[e] <= 0.0 && with_staff[e] <= 0.0) {
                            continue;
                        }
                        rows.push_back({option.name, pool.role, spec.groups[g].name,
                                        spec.states[state].name, exits[e].name,
                                        modifiers.relative_risk[e], usual[e], with_staff[e]});
                    }
                }
            }
        }
    }
    return rows;
}

} // namespace hcsim::analysis
