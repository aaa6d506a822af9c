// The size of one replication, checked before anything runs: households held at once can
// only grow by arrivals, so initial stock plus arrivals at the peak rate bounds them.
#include "builders.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hcsim::scenario::detail {

void check_size_limits(const View& merged, const model::ModelSpec& spec, const Limits& limits) {
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
        return;
    }
    char amounts[160];
    std::snprintf(amounts, sizeof amounts,
                  "a replication would hold up to %.4g households (%.4g initially, %.4g arriving "
                  "over %.4g years), ",
                  households, initial, arriving, years);
    const View where = initial >= arriving ? merged["initial"] : merged["arrivals"];
    where.error(amounts + limit_hint("households", limits.households));
}

} // namespace hcsim::scenario::detail
