#include "hcsim/model/exit_choice.hpp"

#include <algorithm>

namespace hcsim::model {

ExitModifiers usual_care(std::size_t exits) {
    return ExitModifiers{std::vector<double>(exits, 1.0), std::vector<double>(exits, 1.0)};
}

ExitModifiers staff_modifiers(const StaffPoolSpec& pool, StateIndex state, GroupIndex group,
                              std::size_t exits) {
    ExitModifiers modifiers = usual_care(exits);
    for (const StaffEffect& effect : pool.effects) {
        if (effect.state != state || effect.exit >= exits) {
            continue;
        }
        if (effect.group && *effect.group != group) {
            continue;
        }
        modifiers.relative_risk[effect.exit] *= effect.relative_risk;
        modifiers.delay_factor[effect.exit] *= effect.delay_factor;
    }
    return modifiers;
}

std::vector<double> exit_probabilities(std::span<const ExitSpec> exits, GroupIndex group,
                                       std::optional<StateIndex> came_from,
                                       const ExitModifiers& modifiers) {
    std::vector<double> weights(exits.size(), 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < exits.size(); ++i) {
        const ExitSpec& exit = exits[i];
        if (!exit.only_if_came_from.empty()) {
            const bool allowed =
                came_from && std::find(exit.only_if_came_from.begin(), exit.only_if_came_from.end(),
                                       *came_from) != exit.only_if_came_from.end();
            if (!allowed) {
                continue;
            }
        }
        weights[i] = exit.probability[group] * modifiers.relative_risk[i];
        total += weights[i];
    }
    if (total > 0.0) {
        for (double& w : weights) {
            w /= total;
        }
    }
    return weights;
}

std::optional<std::size_t> choose_exit(std::span<const ExitSpec> exits, GroupIndex group,
                                       std::optional<StateIndex> came_from,
                                       const ExitModifiers& modifiers, double u) {
    const std::vector<double> probabilities =
        exit_probabilities(exits, group, came_from, modifiers);
    double cumulative = 0.0;
    std::optional<std::size_t> last_possible;
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        if (probabilities[i] <= 0.0) {
            continue;
        }
        last_possible = i;
        cumulative += probabilities[i];
        if (u < cumulative) {
            return i;
        }
    }
    return last_possible; // rounding left u just above the sum
}

} // namespace hcsim::model
