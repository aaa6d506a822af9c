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

namespace {

bool possible(const ExitSpec& exit, std::optional<StateIndex> came_from) {
    return exit.only_if_came_from.empty() ||
           (came_from && std::find(exit.only_if_came_from.begin(), exit.only_if_came_from.end(),
                                   *came_from) != exit.only_if_came_from.end());
}

} // namespace

namespace {

// The sums that turn base probabilities into probabilities with staff, in one pass: a relative
// risk RR on exit i makes its probability RR times its usual one (q_i -> RR q_i), and the
// unchanged exits share what is left in proportion to their usual probabilities. Where the
// stated risks cannot hold together (the changed exits would need more than all of it, or
// every exit is changed) the weights q_i RR_i are renormalised instead.
struct ExitSums {
    double base = 0.0;      // sum of p over the possible exits
    double changed = 0.0;   // sum of RR p over the exits with RR != 1
    double unchanged = 0.0; // sum of p over the exits with RR == 1
    double weights = 0.0;   // sum of RR p over all possible exits
    [[nodiscard]] bool true_relative_risk() const noexcept {
        return base > 0.0 && unchanged > 0.0 && changed <= base;
    }
    // Probability of an exit with usual probability p (unnormalised) and relative risk rr.
    [[nodiscard]] double probability(double p, double rr) const noexcept {
        if (true_relative_risk()) {
            return rr != 1.0 ? rr * p / base : p / unchanged * (1.0 - changed / base);
        }
        return weights > 0.0 ? rr * p / weights : p;
    }
};

ExitSums sums_of(std::span<const ExitSpec> exits, GroupIndex group,
                 std::optional<StateIndex> came_from, const ExitModifiers& modifiers) {
    ExitSums sums;
    for (std::size_t i = 0; i < exits.size(); ++i) {
        if (!possible(exits[i], came_from)) {
            continue;
        }
        const double p = exits[i].probability[group];
        const double rr = modifiers.relative_risk[i];
        sums.base += p;
        sums.weights += p * rr;
        (rr != 1.0 ? sums.changed : sums.unchanged) += rr != 1.0 ? rr * p : p;
    }
    return sums;
}

} // namespace

std::vector<double> exit_probabilities(std::span<const ExitSpec> exits, GroupIndex group,
                                       std::optional<StateIndex> came_from,
                                       const ExitModifiers& modifiers) {
    const ExitSums sums = sums_of(exits, group, came_from, modifiers);
    std::vector<double> probabilities(exits.size(), 0.0);
    for (std::size_t i = 0; i < exits.size(); ++i) {
        if (possible(exits[i], came_from)) {
            probabilities[i] =
                sums.probability(exits[i].probability[group], modifiers.relative_risk[i]);
        }
    }
    return probabilities;
}

namespace {

// The one place that turns probabilities and relative risks into cumulative thresholds:
// calls visit(exit, cumulative) for every exit the household can take, in declared order,
// until visit returns true. choose_exit and the tables the model makes once both use it, so
// they give the same exit bit for bit. Runs once per stay: allocation-free.
template <typename Visit>
void visit_thresholds(std::span<const ExitSpec> exits, GroupIndex group,
                      std::optional<StateIndex> came_from, const ExitModifiers& modifiers,
                      Visit&& visit) {
    const ExitSums sums = sums_of(exits, group, came_from, modifiers);
    double cumulative = 0.0;
    for (std::size_t i = 0; i < exits.size(); ++i) {
        if (!possible(exits[i], came_from)) {
            continue;
        }
        const double probability =
            sums.probability(exits[i].probability[group], modifiers.relative_risk[i]);
        if (probability <= 0.0) {
            continue;
        }
        cumulative += probability;
        if (visit(i, cumulative)) {
            return;
        }
    }
}

} // namespace

std::optional<std::size_t> choose_exit(std::span<const ExitSpec> exits, GroupIndex group,
                                       std::optional<StateIndex> came_from,
                                       const ExitModifiers& modifiers, double u) {
    std::optional<std::size_t> chosen;
    visit_thresholds(exits, group, came_from, modifiers, [&](std::size_t i, double cumulative) {
        chosen = i; // the last possible one when rounding left u just above the sum
        return u < cumulative;
    });
    return chosen;
}

std::size_t append_exit_thresholds(std::span<const ExitSpec> exits, GroupIndex group,
                                   const ExitModifiers& modifiers,
                                   std::vector<std::uint32_t>& candidates,
                                   std::vector<double>& thresholds) {
    std::size_t appended = 0;
    visit_thresholds(exits, group, std::nullopt, modifiers, [&](std::size_t i, double cumulative) {
        candidates.push_back(static_cast<std::uint32_t>(i));
        thresholds.push_back(cumulative);
        ++appended;
        return false;
    });
    return appended;
}

bool depends_on_origin(std::span<const ExitSpec> exits) {
    return std::any_of(exits.begin(), exits.end(),
                       [](const ExitSpec& exit) { return !exit.only_if_came_from.empty(); });
}

} // namespace hcsim::model
