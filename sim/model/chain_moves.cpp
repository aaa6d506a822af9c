// A household's stays: when it leaves a state (drawn on entry, redrawn when staff take it on
// or let it go), where it goes, and the costs of each stay.
#include "chain_run.hpp"

namespace hcsim::model::detail {

void ChainRun::start_stay(std::size_t h) {
    Household& household = households_[h];
    ++household.visit;
    // A state without exits never reads the fate draws: skip the Philox block. The stream is
    // keyed by the visit, so no later draw changes.
    if (!spec_.exits[household.state].empty()) {
        kernel::RandomStream fate(
            {key_.seed, key_.replication, fate_draws, household.stream_id, household.visit});
        household.u_outcome = fate.uniform01();
        household.u_delay = fate.uniform01();
    }
    household.planned_exit.reset();
    household.base_elapsed = 0.0;
    household.last_change = sim_.now();
    household.delay_factor = 1.0;
    if (household.staff == StaffStatus::none) {
        if (household.staff_event) { // a referral before the last stay's move, now moot
            sim_.cancel(*household.staff_event);
            household.staff_event.reset();
        }
        refer(h); // may hold a slot at once; replan below uses it
    }
    replan(h);
    if (any_move_referrals_ && household.staff == StaffStatus::none) {
        consider_move_referral(h);
    }
}

const ExitModifiers& ChainRun::modifiers_for(const Household& household) const {
    if (household.staff == StaffStatus::held && household.pool) {
        const std::size_t states = spec_.states.size();
        const std::size_t groups = spec_.groups.size();
        return staff_modifiers_[(*household.pool * states + household.state) * groups +
                                household.group];
    }
    if (lasting_in_force_) {
        return lasting_modifiers_[household.state * spec_.groups.size() + household.group];
    }
    return usual_care_[household.state];
}

std::optional<CompactIndex> ChainRun::planned_exit_for(const Household& household,
                                                       const ExitModifiers& modifiers) const {
    const std::size_t set =
        household.staff == StaffStatus::held && household.pool ? *household.pool + 1 : 0;
    const ExitTable& table =
        exit_tables_[(set * spec_.states.size() + household.state) * spec_.groups.size() +
                     household.group];
    // Lasting effects change usual care over time, so it cannot be tabled once they are in force.
    const bool changing_usual_care = set == 0 && lasting_in_force_;
    if (table.by_origin || changing_usual_care) {
        const auto chosen = choose_exit(spec_.exits[household.state], household.group,
                                        household.came_from, modifiers, household.u_outcome);
        return chosen ? std::optional<CompactIndex>(static_cast<CompactIndex>(*chosen))
                      : std::nullopt;
    }
    if (table.count == 0) {
        return std::nullopt;
    }
    const double* thresholds = table_thresholds_.data() + table.first;
    std::uint32_t k = 0;
    while (k + 1 < table.count && !(household.u_outcome < thresholds[k])) {
        ++k;
    }
    return table_exits_[table.first + k];
}

void ChainRun::replan(std::size_t h) {
    Household& household = households_[h];
    if (household.waiting_for) {
        return; // its exit has happened; it only waits for a place
    }
    const double now = sim_.now();
    if (household.planned_exit) {
        household.base_elapsed += (now - household.last_change) / household.delay_factor;
    }
    household.last_change = now;
    if (household.exit_event) {
        sim_.cancel(*household.exit_event);
        household.exit_event.reset();
    }
    const auto& exits = spec_.exits[household.state];
    const ExitModifiers& modifiers = modifiers_for(household);
    household.planned_exit = planned_exit_for(household, modifiers);
    if (!household.planned_exit) {
        return;
    }
    const ExitSpec& exit = exits[*household.planned_exit];
    if (!exit.destination[household.group]) {
        return; // stays for good
    }
    household.delay_factor = modifiers.delay_factor[*household.planned_exit];
    const double base_delay = exit.delay[household.group].quantile(household.u_delay);
    const double remaining =
        std::max(0.0, base_delay - household.base_elapsed) * household.delay_factor;
    // An exit after the horizon never runs: not scheduling it keeps it out of the heap for the
    // rest of the run (a tenth of all exits; measured in docs/performance.md). The planned exit
    // is kept, so a later replan (staff taking the household on) still starts from it.
    if (now + remaining <= spec_.horizon_days) {
        household.exit_event = sim_.schedule_at(now + remaining, exit_kind_, h);
    }
}

void ChainRun::on_exit_due(std::size_t h) {
    Household& household = households_[h];
    household.exit_event.reset();
    const ExitSpec& exit = spec_.exits[household.state][*household.planned_exit];
    StateIndex target = *exit.destination[household.group];
    // Full states overflow along their chain; the last full one without overflow is queued for.
    for (std::size_t hops = 0; hops <= spec_.states.size(); ++hops) {
        kernel::Resource* places = places_[target].get();
        if (places == nullptr) {
            move(h, target, kernel::Place{});
            return;
        }
        if (auto place = places->try_acquire(h)) {
            move(h, target, std::move(*place));
            return;
        }
        if (!spec_.states[target].overflow) {
            household.waiting_for = target;
            emit("queued", h, household.state, target);
            if (auto place = places->request(h, spec_.group_rank[household.group])) {
                move(h, target, std::move(*place)); // cannot happen after try_acquire failed
                return;
            }
            if (any_move_referrals_) {
                consider_move_referral(h); // a pool may prepare the move while it waits
            }
            return;
        }
        target = *spec_.states[target].overflow;
    }
    throw InvariantError("overflow chain from state " + spec_.states[target].name + " loops");
}

void ChainRun::close_stay_costs(const Household& household, double until) {
    const StateSpec& state = spec_.states[household.state];
    const double days = until - household.entered_at;
    result_.state_days[household.state] += days;
    result_.costs.add_spread(household.state, state.payer, household.entered_at, until,
                             state.cost_per_day[household.group]);
}

void ChainRun::move(std::size_t h, StateIndex to, kernel::Place place) {
    Household& household = households_[h];
    const double now = sim_.now();
    const StateIndex from = household.state;
    const ExitSpec& exit = spec_.exits[from][*household.planned_exit];
    const GroupSpec& group = spec_.groups[household.group];
    const std::size_t year = spec_.budget_year(now);

    close_stay_costs(household, now);
    for (const EventCost& cost : exit.costs) {
        result_.costs.add_at(events_item_, cost.payer, now, cost.amount);
    }
    if (exit.eviction) {
        ++result_.evictions_by_year[year];
        ++result_.evictions_by_group[household.group];
        if (group.children > 0.0) {
            ++result_.evictions_with_children_by_year[year];
            result_.children_evicted += group.children;
        }
    }
    check_move(h, from, to, exit.name);
    ++result_.transitions[from][to];
    const std::size_t states = spec_.states.size();
    ++result_.group_transitions[(household.group * states + from) * states + to];
    --counts_[from];
    ++counts_[to];
    emit(exit.name, h, from, to);

    const StateKind to_kind = spec_.states[to].kind;
    if (spec_.own_lease && to == *spec_.own_lease && spec_.states[from].kind != StateKind::housed) {
        ++result_.to_own_lease_by_year[year];
        if (!std::isnan(household.homeless_since)) {
            result_.homeless_to_own_lease_days.add(now - household.homeless_since);
        }
    }
    if (is_homeless(to_kind) && std::isnan(household.homeless_since)) {
        household.homeless_since = now;
    } else if (to_kind == StateKind::housed || to_kind == StateKind::absorbing) {
        household.homeless_since = std::numeric_limits<double>::quiet_NaN();
    }

    household.came_from = from;
    household.state = static_cast<CompactIndex>(to);
    household.entered_at = now;
    household.waiting_for.reset();
    household.state_place = std::move(place); // gives back the old place, if any
    check_support_after_move(h, from, to);
    start_stay(h);
}

} // namespace hcsim::model::detail
