#pragma once
// A grid over the FTE of one or two staff roles: cost and outcomes at every point, the
// efficient frontier, and the marginal cost per eviction prevented of each added step.
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/analysis/frontier.hpp"
#include "hcsim/error.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct SweepAxis {
    std::string role;
    std::vector<std::string> fields; // every `...staff.<role>.fte` field the sweep overrides
    std::vector<double> fte;         // grid values, increasing
};

struct SweepPoint {
    std::string option;
    std::vector<double> fte; // one per axis
    DrawOutcome outcome;
    bool on_frontier = false;
    // Per axis: marginal cost per eviction prevented from the previous grid value of that
    // axis (others equal), tkr; empty at the first value, when the step prevents nothing more
    // or when it saves money (a negative ratio ranks nothing: marginal_cost_tkr says it).
    std::vector<std::optional<double>> marginal_cost_per_eviction_prevented;
    std::vector<double> marginal_cost_tkr; // per axis: cost of the step (0 at the first value)
    // On the frontier: the incremental cost per eviction prevented against the frontier point
    // before it (in cost order), when this point costs more and prevents more; empty for the
    // cheapest frontier point and off the frontier.
    std::optional<double> frontier_ratio;
};

// Parses "start:stop:step" (inclusive of stop within rounding) or a single number.
// A grid text that is not start:stop:step or a number.
class GridError : public BadInput {
    using BadInput::BadInput;
};
// Throws GridError with a message naming the text.
[[nodiscard]] std::vector<double> parse_grid(const std::string& text);
// Grid points of a whole sweep at most (the product over its axes), checked before it runs.
inline constexpr std::size_t max_sweep_points = 10000;

// Runs every grid point (all axes crossed) for `options` against the baseline, with the same
// seed at every point. The frontier is over all points of all options and the baseline.
[[nodiscard]] std::vector<SweepPoint> staffing_sweep(const ScenarioFactory& factory,
                                                     const std::vector<SweepAxis>& axes,
                                                     const RunSettings& settings,
                                                     const std::string& baseline,
                                                     const std::vector<std::string>& options);

// Marks the frontier and the marginal columns of `points` (as staffing_sweep does).
void mark_frontier_and_margins(std::vector<SweepPoint>& points, std::size_t axes);

} // namespace hcsim::analysis
