// Arrival streams (thinned Poisson with trend and seasonality) and the month-end snapshot
// with its invariant checks.
#include "chain_run.hpp"

#include <string>

namespace hcsim::model::detail {

double ChainRun::arrival_rate_per_day(const ArrivalSpec& arrival, GroupIndex group,
                                      double time) const {
    const double years = time / days_per_year;
    const auto month =
        static_cast<std::size_t>(std::fmod(time, days_per_year) / days_per_month) % 12;
    const double trend = std::max(0.0, 1.0 + arrival.trend_per_year * years);
    return arrival.per_year[group] / days_per_year * trend * arrival.seasonality[month];
}

void ChainRun::on_arrival_candidate(std::size_t index) {
    ArrivalStream& stream = streams_[index];
    const ArrivalSpec& arrival = spec_.arrivals[stream.arrival];
    const double now = sim_.now();
    // Thinning (Lewis and Shedler): candidates at the peak rate, kept with rate(t) / peak.
    if (now > 0.0 && stream.random.uniform01() * stream.max_rate_per_day <=
                         arrival_rate_per_day(arrival, stream.group, now)) {
        const std::uint64_t id =
            ((static_cast<std::uint64_t>(index) + 1) << 32) | stream.accepted++;
        add_household(id, stream.group, arrival.into);
    }
    const double gap = -std::log(stream.random.uniform01()) / stream.max_rate_per_day;
    if (now + gap <= spec_.horizon_days) {
        sim_.schedule_at(now + gap, arrival_kind_, index);
    }
}

void ChainRun::on_month_end(std::size_t month) {
    result_.monthly_counts.push_back(counts_);
    check_invariants("end of month " + std::to_string(month + 1));
}

void ChainRun::check_invariants(std::string_view when) const {
    std::uint64_t total = 0;
    for (StateIndex s = 0; s < counts_.size(); ++s) {
        total += counts_[s];
        if (spec_.states[s].capacity && counts_[s] > *spec_.states[s].capacity) {
            throw InvariantError("capacity exceeded at " + std::string(when) + ": state " +
                                 spec_.states[s].name + " holds " + std::to_string(counts_[s]) +
                                 " households, capacity " +
                                 std::to_string(*spec_.states[s].capacity));
        }
    }
    if (total != households_.size()) {
        throw InvariantError("households not conserved at " + std::string(when) + ": " +
                             std::to_string(total) + " counted in states, " +
                             std::to_string(households_.size()) + " created");
    }
}

} // namespace hcsim::model::detail
