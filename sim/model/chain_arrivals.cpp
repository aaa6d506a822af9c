// Arrival streams (thinned Poisson with trend and seasonality) and the month-end snapshot
// with its invariant checks.
#include "chain_run.hpp"

#include <cstdio>
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
    // Thinning (Lewis and Shedler): candidates at the peak rate, kept with rate(t) / peak. The
    // uniform is drawn even when the rate is constant, so the stream stays the same.
    const double u = now > 0.0 ? stream.random.uniform01() : 0.0;
    if (now > 0.0 &&
        (stream.constant_rate ||
         u * stream.max_rate_per_day <= arrival_rate_per_day(arrival, stream.group, now))) {
        const std::uint64_t id =
            ((static_cast<std::uint64_t>(index) + 1) << 32) | stream.accepted++;
        add_household(id, stream.group, arrival.into);
    }
    const double gap = -std::log(stream.random.uniform01()) / stream.max_rate_per_day;
    if (now + gap <= spec_.horizon_days) {
        sim_.schedule_at(now + gap, arrival_kind_, index);
    }
}

void ChainRun::on_outreach_candidate(std::size_t index) {
    OutreachStream& stream = outreach_[index];
    if (!pool_active_[stream.pool]) {
        return; // the pool's period is over: nobody more is found
    }
    const std::uint64_t id = ((stream.stream_index + 1) << 32) | stream.accepted++;
    add_household(id, stream.group, spec_.staff[stream.pool].outreach->into);
    const double gap = -std::log(stream.random.uniform01()) / stream.rate_per_day;
    if (sim_.now() + gap <= spec_.horizon_days) {
        sim_.schedule_in(gap, outreach_kind_, index);
    }
}

void ChainRun::on_month_end(std::size_t month) {
    result_.monthly_counts.push_back(counts_);
    check_invariants(month);
}

void ChainRun::check_invariants(std::size_t month) const {
    // The message is made only on failure: this runs every month of every replication.
    const auto when = [month] { return "end of month " + std::to_string(month + 1); };
    std::uint64_t total = 0;
    for (StateIndex s = 0; s < counts_.size(); ++s) {
        total += counts_[s];
        if (places_[s] &&
            counts_[s] > std::max(places_[s]->capacity(), over_capacity_allowed_[s])) {
            throw InvariantError("capacity exceeded at " + when() + ": state " +
                                 spec_.states[s].name + " holds " + std::to_string(counts_[s]) +
                                 " households, capacity " + std::to_string(places_[s]->capacity()));
        }
    }
    if (total != households_.size()) {
        throw InvariantError("households not conserved at " + when() + ": " +
                             std::to_string(total) + " counted in states, " +
                             std::to_string(households_.size()) + " created");
    }
}

void ChainRun::check_move(std::size_t h, StateIndex from, StateIndex to,
                          std::string_view event) const {
    const auto where = [&] {
        char time[32];
        std::snprintf(time, sizeof time, "%.4f", sim_.now());
        return "household " + std::to_string(households_[h].stream_id) + " at day " + time +
               ", event '" + std::string(event) + "' (" + spec_.states[from].name + " -> " +
               spec_.states[to].name + ")";
    };
    if (spec_.max_events != 0 && sim_.events_processed() > spec_.max_events) {
        throw EventLimitError(
            "replication passed " + std::to_string(spec_.max_events) + " events at " + where() +
            " (do moves loop with tiny delays?): over the limit of " +
            std::to_string(spec_.max_events) + " events (events; raise it with --limit events=N)");
    }
    if (counts_[from] == 0) {
        throw InvariantError("negative stock: " + where() + " leaves a state counted empty");
    }
    if (places_[to] && to != from && counts_[to] >= places_[to]->capacity()) {
        throw InvariantError("capacity exceeded: " + where() + " enters a state already holding " +
                             std::to_string(counts_[to]) + " households, capacity " +
                             std::to_string(places_[to]->capacity()));
    }
}

void ChainRun::check_costs() const {
    const CostLedger& ledger = result_.costs;
    for (std::size_t item = 0; item < ledger.items().size(); ++item) {
        const bool may_be_negative = ledger.items()[item].category == CostCategory::events;
        for (PayerIndex payer = 0; payer < ledger.payers(); ++payer) {
            for (std::size_t year = 0; year < ledger.years(); ++year) {
                const double amount = ledger.amount(item, payer, year);
                if (!std::isfinite(amount) || (amount < 0.0 && !may_be_negative)) {
                    throw InvariantError("cost item " + ledger.items()[item].name + " (" +
                                         to_string(ledger.items()[item].category) + "), year " +
                                         std::to_string(year + 1) + " is " +
                                         std::to_string(amount) +
                                         " SEK: only event costs may be negative");
                }
            }
        }
    }
}

} // namespace hcsim::model::detail
