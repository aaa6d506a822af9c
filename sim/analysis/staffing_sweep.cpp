#include "hcsim/analysis/staffing_sweep.hpp"

#include "hcsim/analysis/incremental.hpp"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace hcsim::analysis {

namespace {

double parse_number(const std::string& text, const std::string& whole) {
    double value = 0.0;
    const auto* end = text.data() + text.size();
    const auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc{} || ptr != end || !std::isfinite(value)) {
        throw GridError("'" + whole + "' is not start:stop:step or a number");
    }
    return value;
}

CostEffectPoint cost_effect(const SweepPoint& p) {
    return {p.outcome.delta_cost_tkr, p.outcome.evictions_prevented};
}

// Index of the point one grid step back on `axis` (same option, other axes equal).
std::optional<std::size_t> previous_on_axis(const std::vector<SweepPoint>& points, std::size_t i,
                                            std::size_t axis) {
    std::optional<std::size_t> best;
    for (std::size_t j = 0; j < points.size(); ++j) {
        if (points[j].option != points[i].option || !(points[j].fte[axis] < points[i].fte[axis])) {
            continue;
        }
        bool others_equal = true;
        for (std::size_t a = 0; a < points[i].fte.size(); ++a) {
            others_equal = others_equal && (a == axis || points[j].fte[a] == points[i].fte[a]);
        }
        if (others_equal && (!best || points[j].fte[axis] > points[*best].fte[axis])) {
            best = j;
        }
    }
    return best;
}

} // namespace

std::vector<double> parse_grid(const std::string& text) {
    std::vector<std::string> parts{""};
    for (const char c : text) {
        if (c == ':') {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    if (parts.size() == 1) {
        return {parse_number(parts[0], text)};
    }
    if (parts.size() != 3) {
        throw GridError("'" + text + "' is not start:stop:step or a number");
    }
    const double start = parse_number(parts[0], text);
    const double stop = parse_number(parts[1], text);
    const double step = parse_number(parts[2], text);
    if (!(step > 0.0) || stop < start || (stop - start) / step > 1000.0) {
        throw GridError("'" + text + "' needs step > 0, stop >= start and at most 1000 steps");
    }
    std::vector<double> grid;
    const auto steps = static_cast<std::size_t>(std::floor((stop - start) / step + 1e-9));
    for (std::size_t i = 0; i <= steps; ++i) {
        grid.push_back(start + static_cast<double>(i) * step);
    }
    return grid;
}

void mark_frontier_and_margins(std::vector<SweepPoint>& points, std::size_t axes) {
    std::vector<CostEffectPoint> all{{0.0, 0.0}}; // the baseline competes too
    for (const auto& p : points) {
        all.push_back(cost_effect(p));
    }
    const auto on = efficient_frontier(all);
    // Frontier ratios by the incremental analysis (the same frontier, in cost order).
    std::vector<Alternative> alternatives{Alternative{0.0, 0.0, true, true}};
    for (const auto& point : all) {
        if (&point != &all.front()) {
            alternatives.push_back({point.delta_cost_tkr, point.evictions_prevented, true, false});
        }
    }
    std::vector<std::optional<double>> ratios(alternatives.size());
    for (const auto& row : incremental_analysis(alternatives)) {
        ratios[row.alternative] = row.ratio;
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        auto& p = points[i];
        p.on_frontier = on[i + 1];
        p.frontier_ratio = p.on_frontier ? ratios[i + 1] : std::nullopt;
        p.marginal_cost_per_eviction_prevented.assign(axes, std::nullopt);
        p.marginal_cost_tkr.assign(axes, 0.0);
        for (std::size_t a = 0; a < axes; ++a) {
            if (const auto previous = previous_on_axis(points, i, a)) {
                const auto from = cost_effect(points[*previous]);
                p.marginal_cost_tkr[a] = p.outcome.delta_cost_tkr - from.delta_cost_tkr;
                p.marginal_cost_per_eviction_prevented[a] =
                    marginal_cost_per_eviction_prevented(from, cost_effect(p));
            }
        }
    }
}

std::vector<SweepPoint> staffing_sweep(const ScenarioFactory& factory,
                                       const std::vector<SweepAxis>& axes,
                                       const RunSettings& settings, const std::string& baseline,
                                       const std::vector<std::string>& options) {
    std::vector<SweepPoint> points;
    std::vector<std::size_t> at(axes.size(), 0); // odometer over the grid
    bool more = !axes.empty();
    for (const auto& axis : axes) {
        more = more && !axis.fte.empty();
    }
    while (more) {
        Overrides overrides;
        std::vector<double> fte;
        for (std::size_t a = 0; a < axes.size(); ++a) {
            fte.push_back(axes[a].fte[at[a]]);
            for (const auto& field : axes[a].fields) {
                overrides[field] = fte.back();
            }
        }
        for (const auto& o : decision_outcomes(factory(overrides), settings, baseline, options)) {
            points.push_back({o.option, fte, o.outcome, false, {}, {}, std::nullopt});
        }
        std::size_t a = 0;
        while (a < axes.size() && ++at[a] == axes[a].fte.size()) {
            at[a++] = 0;
        }
        more = a < axes.size();
    }
    mark_frontier_and_margins(points, axes.size());
    return points;
}

} // namespace hcsim::analysis
