// The size of one replication, checked before anything runs: households held at once can
// only grow by arrivals, so initial stock plus arrivals at the peak rate bounds them.
#include "builders.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hcsim::scenario::detail {

double check_size_limits(const View& merged, const model::ModelSpec& spec, const Limits& limits) {
    double initial = 0.0;
    for (const auto& stock : spec.initial) {
        initial += stock.count;
    }
    const double years = spec.horizon_days / model::days_per_year;
    double arriving = 0.0;
    for (const auto& arrival : spec.arrivals) {
        const double peak_season =
            *std::max_element(arrival.seasonality.begin(), arrival.seasonality.end());
        const double peak_trend = std::max(1.0, 1.0 + arrival.trend_per_year * years);
        for (const double per_year : arrival.per_year) {
            arriving += per_year * peak_season * peak_trend * years;
        }
    }
    const double households = initial + arriving;
    if (households <= limits.households) {
        return households;
    }
    char amounts[160];
    std::snprintf(amounts, sizeof amounts,
                  "a replication would hold up to %.4g households (%.4g initially, %.4g arriving "
                  "over %.4g years), ",
                  households, initial, arriving, years);
    const View where = initial >= arriving ? merged["initial"] : merged["arrivals"];
    where.error(amounts + limit_hint("households", limits.households));
    return households;
}

} // namespace hcsim::scenario::detail

namespace hcsim::scenario {

double result_bytes_per_replication(const model::ModelSpec& spec) {
    const auto states = static_cast<double>(spec.states.size());
    const auto months = static_cast<double>(spec.months()) + 1.0;
    const auto years = static_cast<double>(spec.years()) + 1.0;
    double exits = 0.0;
    for (const auto& list : spec.exits) {
        exits += static_cast<double>(list.size());
    }
    const double cost_items = states + exits + static_cast<double>(spec.staff.size()) + 8.0;
    return 8.0 * states * states   // transitions [from][to]
           + 4.0 * months * states // monthly counts
           + 40.0 * states         // state days, waits, finals
           + 8.0 * years * static_cast<double>(spec.payers.size()) * cost_items // cost ledger
           + 64.0 * static_cast<double>(spec.staff.size()) + 512.0;
}

std::optional<std::string> check_result_size(const Scenario& s, std::size_t replications,
                                             const Limits& limits) {
    double bytes = 0.0;
    for (const auto& option : s.options) {
        bytes += result_bytes_per_replication(option.spec) * static_cast<double>(replications);
    }
    if (bytes <= limits.result_bytes) {
        return std::nullopt;
    }
    char text[200];
    std::snprintf(text, sizeof text,
                  "the results of %zu replications of %zu option(s) would take about %.3g bytes "
                  "of memory, ",
                  replications, s.options.size(), bytes);
    return text + limit_hint("result_bytes", limits.result_bytes);
}

} // namespace hcsim::scenario
