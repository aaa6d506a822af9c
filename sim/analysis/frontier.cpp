#include "hcsim/analysis/frontier.hpp"

#include <algorithm>

namespace hcsim::analysis {

namespace {

bool dominates(const CostEffectPoint& a, const CostEffectPoint& b) {
    const bool no_worse =
        a.evictions_prevented >= b.evictions_prevented && a.delta_cost_tkr <= b.delta_cost_tkr;
    const bool better =
        a.evictions_prevented > b.evictions_prevented || a.delta_cost_tkr < b.delta_cost_tkr;
    return no_worse && better;
}

double slope(const CostEffectPoint& from, const CostEffectPoint& to) {
    return (to.delta_cost_tkr - from.delta_cost_tkr) /
           (to.evictions_prevented - from.evictions_prevented);
}

} // namespace

std::vector<bool> efficient_frontier(const std::vector<CostEffectPoint>& points) {
    // Undominated points rise in both cost and effect, and two of them with the same effect
    // have the same cost: keep one of each, sorted by effect.
    std::vector<CostEffectPoint> candidates;
    for (const auto& point : points) {
        const bool dominated = std::any_of(points.begin(), points.end(), [&](const auto& other) {
            return dominates(other, point);
        });
        const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const auto& c) {
            return c.evictions_prevented == point.evictions_prevented;
        });
        if (!dominated && !seen) {
            candidates.push_back(point);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.evictions_prevented < b.evictions_prevented;
    });
    // Lower convex hull: drop the last point while the step into it costs more per eviction
    // than the step out of it (extended dominance).
    std::vector<CostEffectPoint> hull;
    for (const auto& candidate : candidates) {
        while (hull.size() >= 2 &&
               slope(hull[hull.size() - 2], hull.back()) > slope(hull.back(), candidate)) {
            hull.pop_back();
        }
        hull.push_back(candidate);
    }
    std::vector<bool> on(points.size(), false);
    for (std::size_t i = 0; i < points.size(); ++i) {
        on[i] = std::any_of(hull.begin(), hull.end(), [&](const auto& h) {
            return h.evictions_prevented == points[i].evictions_prevented &&
                   h.delta_cost_tkr == points[i].delta_cost_tkr;
        });
    }
    return on;
}

std::optional<double> marginal_cost_per_eviction_prevented(const CostEffectPoint& from,
                                                           const CostEffectPoint& to) {
    const double more_prevented = to.evictions_prevented - from.evictions_prevented;
    const double more_cost = to.delta_cost_tkr - from.delta_cost_tkr;
    if (!(more_prevented > 0.0) || !(more_cost > 0.0)) {
        return std::nullopt; // nothing more prevented, or the step saves money as well
    }
    return (to.delta_cost_tkr - from.delta_cost_tkr) / more_prevented;
}

std::optional<std::size_t> best_point(const std::vector<CostEffectPoint>& points, double lambda) {
    std::optional<std::size_t> best;
    double best_value = 0.0; // the baseline
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double value = lambda * points[i].evictions_prevented - points[i].delta_cost_tkr;
        if (value > best_value) {
            best_value = value;
            best = i;
        }
    }
    return best;
}

} // namespace hcsim::analysis
