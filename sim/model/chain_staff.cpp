// Staff pools: referral when a household enters a served state, contact attempts, a
// caseload slot (queued by priority, with a maximum wait), and the effects while held.
#include "chain_run.hpp"

#include <algorithm>

namespace hcsim::model::detail {

bool ChainRun::pool_serves(std::size_t pool, StateIndex state) const {
    const auto& serves = spec_.staff[pool].serves;
    return std::find(serves.begin(), serves.end(), state) != serves.end();
}

bool ChainRun::pool_takes(std::size_t pool, const Household& household) const {
    return pool_serves(pool, household.state) && spec_.staff[pool].takes_group(household.group);
}

void ChainRun::refer(std::size_t h) {
    Household& household = households_[h];
    std::optional<std::size_t> chosen;
    for (std::size_t p = 0; p < spec_.staff.size() && !chosen; ++p) {
        if (pool_active_[p] && pool_takes(p, household)) {
            chosen = p;
        }
    }
    if (!chosen) {
        return;
    }
    const StaffPoolSpec& pool = spec_.staff[*chosen];
    StaffPoolResult& stats = result_.staff[*chosen];
    ++stats.referred;
    // The attempts needed are drawn from the household's own stream: the same household is
    // as hard to reach in every option.
    kernel::RandomStream contact(
        {key_.seed, key_.replication, contact_draws, household.stream_id, household.visit});
    int attempt = 1;
    while (attempt <= pool.contact_attempts && !(contact.uniform01() < pool.contact_success)) {
        ++attempt;
    }
    if (attempt > pool.contact_attempts) {
        ++stats.unreached;
        emit("unreached", h, household.state, std::nullopt);
        return;
    }
    household.pool = chosen;
    household.staff = StaffStatus::contacting;
    const double delay = (attempt - 1) * pool.days_between_attempts;
    if (delay > 0.0) {
        household.staff_event = sim_.schedule_in(delay, contact_kind_, h);
    } else {
        on_contact(h);
    }
}

void ChainRun::on_contact(std::size_t h) {
    Household& household = households_[h];
    household.staff_event.reset();
    const std::size_t p = *household.pool;
    emit("contacted", h, household.state, std::nullopt);
    if (auto slot = slots_[p]->request(h, spec_.staff[p].group_rank[household.group])) {
        household.staff = StaffStatus::held;
        household.slot = std::move(*slot);
        ++result_.staff[p].served;
        emit("slot", h, household.state, std::nullopt);
        if (household.planned_exit || household.exit_event) {
            replan(h);
        }
        return;
    }
    household.staff = StaffStatus::waiting;
    const double max_wait = spec_.staff[p].max_wait_days;
    if (std::isfinite(max_wait)) {
        household.staff_event = sim_.schedule_in(max_wait, gave_up_kind_, h);
    }
}

void ChainRun::on_slot_granted(kernel::Place&& place) {
    const std::size_t h = place.subject();
    Household& household = households_[h];
    if (household.staff_event) {
        sim_.cancel(*household.staff_event);
        household.staff_event.reset();
    }
    household.staff = StaffStatus::held;
    household.slot = std::move(place);
    ++result_.staff[*household.pool].served;
    emit("slot", h, household.state, std::nullopt);
    replan(h);
}

void ChainRun::on_gave_up(std::size_t h) {
    Household& household = households_[h];
    household.staff_event.reset();
    slots_[*household.pool]->withdraw(h);
    ++result_.staff[*household.pool].gave_up;
    emit("gave_up", h, household.state, std::nullopt);
    household.pool.reset();
    household.staff = StaffStatus::none;
}

void ChainRun::leave_pool(std::size_t h, bool replan_after) {
    Household& household = households_[h];
    if (household.staff_event) {
        sim_.cancel(*household.staff_event);
        household.staff_event.reset();
    }
    const bool was_held = household.staff == StaffStatus::held;
    if (household.staff == StaffStatus::waiting) {
        slots_[*household.pool]->withdraw(h);
    }
    household.pool.reset();
    household.staff = StaffStatus::none;
    if (was_held) {
        // Usual care resumes from here; the slot goes to the next in the queue.
        if (replan_after) {
            replan(h);
        }
        household.slot.release();
    }
}

void ChainRun::on_pool_start(std::size_t p) {
    pool_active_[p] = true;
    for (std::size_t h = 0; h < households_.size(); ++h) {
        const Household& household = households_[h];
        if (household.staff == StaffStatus::none && !household.waiting_for &&
            pool_takes(p, household)) {
            refer(h);
        }
    }
}

void ChainRun::on_pool_end(std::size_t p) {
    pool_active_[p] = false;
    // Withdraw the queue first, so released slots are not handed on.
    std::vector<std::size_t> members;
    for (std::size_t h = 0; h < households_.size(); ++h) {
        if (households_[h].pool == p) {
            members.push_back(h);
        }
    }
    for (const std::size_t h : members) {
        if (households_[h].staff != StaffStatus::held) {
            leave_pool(h, false);
        }
    }
    for (const std::size_t h : members) {
        if (households_[h].pool == p) {
            leave_pool(h, true);
        }
    }
}

void ChainRun::book_staff_costs() {
    const double horizon = spec_.horizon_days;
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        const StaffPoolSpec& pool = spec_.staff[p];
        const double end = std::min(pool.active.end, horizon);
        result_.costs.add_spread(first_staff_item_ + p, pool.payer, pool.active.start, end,
                                 pool.fte * pool.cost_per_fte_year / days_per_year);
        StaffPoolResult& stats = result_.staff[p];
        stats.slot_days_available =
            static_cast<double>(pool.slots()) * pool.active.overlap(0.0, horizon);
        stats.slot_days_used = slots_[p]->occupancy().integral(horizon);
    }
}

} // namespace hcsim::model::detail
