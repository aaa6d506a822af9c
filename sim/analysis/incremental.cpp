#include "hcsim/analysis/incremental.hpp"
#include "hcsim/enum_names.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace hcsim::analysis {

// In the order of the enumerators.
constexpr std::string_view incremental_status_names[] = {
    "baseline", "dominant", "cost_saving", "trade_off", "dominated", "extendedly_dominated",
    "no_effect"};
static_assert(std::size(incremental_status_names) ==
              static_cast<std::size_t>(IncrementalStatus::no_effect) + 1);

std::string_view to_string(IncrementalStatus status) noexcept {
    return name_of(incremental_status_names, status, "baseline");
}

namespace {

struct Point {
    double cost = 0.0;
    double effect = 0.0;
};

// a dominates b: no dearer and no less effective, strictly better in one; of two identical
// points the earlier one (in cost order) dominates the later.
bool dominates(const Point& a, std::size_t a_rank, const Point& b, std::size_t b_rank) {
    if (a.cost <= b.cost && a.effect >= b.effect) {
        return a.cost < b.cost || a.effect > b.effect || a_rank < b_rank;
    }
    return false;
}

} // namespace

std::vector<IncrementalRow> incremental_analysis(const std::vector<Alternative>& alternatives) {
    const std::size_t n = alternatives.size();
    if (std::count_if(alternatives.begin(), alternatives.end(),
                      [](const Alternative& a) { return a.is_baseline; }) != 1) {
        throw std::invalid_argument("incremental analysis needs exactly one baseline");
    }
    std::vector<Point> points(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& a = alternatives[i];
        points[i] = a.is_baseline ? Point{}
                                  : Point{a.delta_cost,
                                          a.effect_distinguishable ? a.evictions_prevented : 0.0};
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (points[a].cost != points[b].cost) {
            return points[a].cost < points[b].cost;
        }
        return points[a].effect > points[b].effect;
    });
    std::vector<std::size_t> rank(n);
    for (std::size_t r = 0; r < n; ++r) {
        rank[order[r]] = r;
    }
    std::vector<IncrementalRow> rows(n);
    std::vector<std::size_t> frontier; // in cost order
    for (const std::size_t i : order) {
        rows[i].alternative = i;
        for (const std::size_t j : order) {
            if (j != i && dominates(points[j], rank[j], points[i], rank[i])) {
                rows[i].status = IncrementalStatus::dominated;
                rows[i].compared_with = j;
                break;
            }
        }
        if (!rows[i].compared_with) {
            frontier.push_back(i);
        }
    }
    // Extended dominance: along the cost-ordered frontier, the incremental ratio must rise.
    const auto ratio = [&](std::size_t from, std::size_t to) {
        return (points[to].cost - points[from].cost) / (points[to].effect - points[from].effect);
    };
    for (bool removed = true; removed;) {
        removed = false;
        for (std::size_t k = 1; k + 1 < frontier.size(); ++k) {
            if (ratio(frontier[k - 1], frontier[k]) > ratio(frontier[k], frontier[k + 1])) {
                rows[frontier[k]].status = IncrementalStatus::extendedly_dominated;
                rows[frontier[k]].compared_with = frontier[k + 1];
                frontier.erase(frontier.begin() + static_cast<std::ptrdiff_t>(k));
                removed = true;
                break;
            }
        }
    }
    for (std::size_t k = 0; k < frontier.size(); ++k) {
        const std::size_t i = frontier[k];
        IncrementalRow& row = rows[i];
        const Point& p = points[i];
        if (alternatives[i].is_baseline) {
            row.status = IncrementalStatus::baseline;
        } else if (k > 0 && p.cost > points[frontier[k - 1]].cost) {
            // Dearer than the frontier option before it and (being undominated) better.
            const std::size_t previous = frontier[k - 1];
            row.status = IncrementalStatus::trade_off;
            row.compared_with = previous;
            row.incremental_cost = p.cost - points[previous].cost;
            row.incremental_effect = p.effect - points[previous].effect;
            row.ratio = row.incremental_cost / row.incremental_effect;
        } else if (p.effect > 0.0) {
            row.status = IncrementalStatus::dominant;
        } else {
            row.status = IncrementalStatus::cost_saving;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const bool costs_money = points[i].cost > 0.0;
        if (!alternatives[i].is_baseline && !alternatives[i].effect_distinguishable &&
            costs_money) {
            rows[i].status = IncrementalStatus::no_effect;
            rows[i].ratio.reset();
        }
    }
    std::vector<IncrementalRow> sorted;
    sorted.reserve(n);
    for (const std::size_t i : order) {
        sorted.push_back(rows[i]);
    }
    return sorted;
}

} // namespace hcsim::analysis
