#pragma once
// Which competing exit a household takes, and how staff effects change the odds and delays.
#include "hcsim/model/spec.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace hcsim::model {

// Per-exit multipliers for one household in one state.
struct ExitModifiers {
    std::vector<double> relative_risk; // by exit of the state
    std::vector<double> delay_factor;  // by exit of the state
};

// Usual care: every multiplier 1.
[[nodiscard]] ExitModifiers usual_care(std::size_t exits);
// The effects a staff pool has on a household of `group` in `state`.
[[nodiscard]] ExitModifiers staff_modifiers(const StaffPoolSpec& pool, StateIndex state,
                                            GroupIndex group, std::size_t exits);

// The exit taken for the uniform `u`: probabilities of the group, exits excluded by
// only_if_came_from dropped and the rest normalised; an exit with relative risk RR then has RR
// times its usual probability (a true relative risk), and the exits without an effect share
// the remainder in proportion to their usual probabilities. Where that cannot hold (the
// changed exits would need more than all of the probability, or every exit is changed) the
// weights p * RR are renormalised instead. Inverted in declared order; nullopt when no exit
// remains (the household stays).
[[nodiscard]] std::optional<std::size_t> choose_exit(std::span<const ExitSpec> exits,
                                                     GroupIndex group,
                                                     std::optional<StateIndex> came_from,
                                                     const ExitModifiers& modifiers, double u);

// choose_exit's comparisons made once, for states none of whose exits depends on where the
// household came from: appends the exits it can take (declared order) and the cumulative
// probability each must exceed, computed with choose_exit's arithmetic in the same order, so
// the first k with u < thresholds[k] is choose_exit's answer bit for bit (past the last
// threshold: the last exit). Returns how many were appended.
std::size_t append_exit_thresholds(std::span<const ExitSpec> exits, GroupIndex group,
                                   const ExitModifiers& modifiers,
                                   std::vector<std::uint32_t>& candidates,
                                   std::vector<double>& thresholds);
// Whether any exit of the state is limited to households that came from somewhere.
[[nodiscard]] bool depends_on_origin(std::span<const ExitSpec> exits);

// The probabilities choose_exit inverts (for tests and the analytic model).
[[nodiscard]] std::vector<double> exit_probabilities(std::span<const ExitSpec> exits,
                                                     GroupIndex group,
                                                     std::optional<StateIndex> came_from,
                                                     const ExitModifiers& modifiers);

} // namespace hcsim::model
