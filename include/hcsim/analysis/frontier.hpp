#pragma once
// The efficient frontier of staffing points (cost against evictions prevented) and the
// marginal cost of each added step, as a planner reads them: which points are worth
// considering at all, and the point past which one more FTE no longer pays.
#include <cstddef>
#include <optional>
#include <vector>

namespace hcsim::analysis {

struct CostEffectPoint {
    double delta_cost_tkr = 0.0;      // against the baseline (the baseline itself is 0, 0)
    double evictions_prevented = 0.0; // against the baseline
};

// For each point: true when it is on the efficient frontier, i.e. neither strictly
// dominated (another point prevents at least as many for no more money, one of them
// strictly better) nor extendedly dominated (a mix of two neighbours on the frontier would
// prevent more for the same money: the frontier's incremental cost per eviction prevented
// must rise from point to point). Identical points are all on or all off.
[[nodiscard]] std::vector<bool> efficient_frontier(const std::vector<CostEffectPoint>& points);

// Marginal cost per eviction prevented of moving from `from` to `to` (tkr per eviction);
// empty when the step prevents no more evictions or costs nothing more (the ratio would be
// undefined or negative, and a negative ratio ranks nothing).
[[nodiscard]] std::optional<double>
marginal_cost_per_eviction_prevented(const CostEffectPoint& from, const CostEffectPoint& to);

// Index of the point with the highest net benefit lambda * prevented - cost (the first of
// equals); the baseline competes as (0, 0) and is returned as nullopt.
[[nodiscard]] std::optional<std::size_t> best_point(const std::vector<CostEffectPoint>& points,
                                                    double lambda);

} // namespace hcsim::analysis
