// Staff pools: referral when a household enters a served state (or nears a move a pool
// prepares for), contact attempts, a caseload slot (queued by priority, with a maximum wait),
// the effects while held, the end of the support episode, and what lasts after a pool's period.
#include "chain_run.hpp"
#include "hcsim/enum_names.hpp"

#include <algorithm>
#include <numeric>

namespace hcsim::model::detail {

namespace {

bool contains(const std::vector<StateIndex>& states, StateIndex state) {
    return std::find(states.begin(), states.end(), state) != states.end();
}

// In the order of the enumerators.
constexpr std::string_view support_end_names[] = {"duration", "left_state", "goal", "pool_ended"};
static_assert(std::size(support_end_names) == static_cast<std::size_t>(SupportEnd::pool_ended) + 1);

constexpr std::string_view reason_name(SupportEnd reason) {
    return name_of(support_end_names, reason, "");
}

// Support episodes of different pools in one stay get different draws.
constexpr std::uint64_t pools_per_visit = 1024;

} // namespace

bool ChainRun::pool_serves(std::size_t pool, StateIndex state) const {
    return contains(spec_.staff[pool].serves, state);
}

bool ChainRun::pool_keeps(std::size_t pool, StateIndex state) const {
    return pool_serves(pool, state) || contains(spec_.staff[pool].follow_up_in, state);
}

bool ChainRun::pool_takes(std::size_t pool, const Household& household) const {
    return pool_serves(pool, household.state) && spec_.staff[pool].takes_group(household.group);
}

void ChainRun::refer(std::size_t h) {
    const Household& household = households_[h];
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        if (pool_active_[p] && pool_takes(p, household)) {
            refer_to(h, p);
            return;
        }
    }
}

void ChainRun::refer_to(std::size_t h, std::size_t p) {
    Household& household = households_[h];
    const StaffPoolSpec& pool = spec_.staff[p];
    StaffPoolResult& stats = result_.staff[p];
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
        emit("unreached", h, household.state, std::nullopt, p);
        return;
    }
    household.pool = static_cast<CompactIndex>(p);
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
    emit("contacted", h, household.state, std::nullopt, p);
    if (auto slot =
            slots_[p]->request(h, spec_.staff[p].queue_rank(household.state, household.group))) {
        household.staff = StaffStatus::held;
        household.slot = std::move(*slot);
        start_support(h);
        if (household.planned_exit || household.exit_event) {
            replan(h);
        }
        return;
    }
    household.staff = StaffStatus::waiting;
    emit("queued", h, household.state, std::nullopt, p);
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
    start_support(h);
    replan(h);
}

void ChainRun::start_support(std::size_t h) {
    Household& household = households_[h];
    const std::size_t p = *household.pool;
    ++result_.staff[p].served;
    ++result_.served_by_state[household.state];
    emit("slot", h, household.state, std::nullopt, p);
    if (const auto& days = spec_.staff[p].support_days) {
        kernel::RandomStream draw({key_.seed, key_.replication, support_draws, household.stream_id,
                                   household.visit * pools_per_visit + p % pools_per_visit});
        household.staff_event =
            sim_.schedule_in(days->quantile(draw.uniform01()), support_end_kind_, h);
    }
}

void ChainRun::on_support_end(std::size_t h) {
    households_[h].staff_event.reset();
    const std::size_t p = *households_[h].pool;
    leave_pool(h, true, SupportEnd::duration, households_[h].state);
    if (any_move_referrals_) {
        consider_move_referral(h, p); // another pool may prepare its next move
    }
}

void ChainRun::on_gave_up(std::size_t h) {
    Household& household = households_[h];
    household.staff_event.reset();
    slots_[*household.pool]->withdraw(h);
    ++result_.staff[*household.pool].gave_up;
    emit("gave_up", h, household.state, std::nullopt, *household.pool);
    household.pool.reset();
    household.staff = StaffStatus::none;
}

void ChainRun::leave_pool(std::size_t h, bool replan_after, SupportEnd reason, StateIndex at) {
    Household& household = households_[h];
    if (household.staff_event) {
        sim_.cancel(*household.staff_event);
        household.staff_event.reset();
    }
    const bool was_held = household.staff == StaffStatus::held;
    const std::size_t p = *household.pool;
    if (household.staff == StaffStatus::waiting) {
        slots_[p]->withdraw(h);
    }
    household.pool.reset();
    household.staff = StaffStatus::none;
    if (was_held) {
        emit("support_ended", h, at, std::nullopt, p, reason_name(reason));
        // Usual care resumes from here; the slot goes to the next in the queue.
        if (replan_after) {
            replan(h);
        }
        household.slot.release();
    }
}

void ChainRun::check_support_after_move(std::size_t h, StateIndex from, StateIndex to) {
    const Household& household = households_[h];
    if (!household.pool) {
        return;
    }
    const std::size_t p = *household.pool;
    const StaffPoolSpec& pool = spec_.staff[p];
    if (contains(pool.goal, to)) {
        leave_pool(h, false, SupportEnd::goal, from);
    } else if (!pool_keeps(p, to) || contains(pool.ends_on_leaving, from)) {
        leave_pool(h, false, SupportEnd::left_state, from);
    }
}

void ChainRun::consider_move_referral(std::size_t h, std::optional<std::size_t> except) {
    Household& household = households_[h];
    if (household.staff != StaffStatus::none) {
        return;
    }
    if (household.staff_event) {
        sim_.cancel(*household.staff_event);
        household.staff_event.reset();
    }
    std::optional<StateIndex> destination;
    double due = sim_.now();
    if (household.waiting_for) {
        destination = *household.waiting_for;
    } else if (household.planned_exit && household.exit_event) {
        const ExitSpec& exit = spec_.exits[household.state][*household.planned_exit];
        destination = exit.destination[household.group];
        const double base_delay = exit.delay[household.group].quantile(household.u_delay);
        due = household.last_change +
              std::max(0.0, base_delay - household.base_elapsed) * household.delay_factor;
    }
    if (!destination) {
        return;
    }
    double earliest = std::numeric_limits<double>::infinity();
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        const StaffPoolSpec& pool = spec_.staff[p];
        if (!pool_active_[p] || p == except || !pool.takes_group(household.group) ||
            !contains(pool.serves_moves_to, *destination)) {
            continue;
        }
        const double refer_at = due - pool.move_lead_days;
        if (refer_at <= sim_.now()) {
            refer_to(h, p);
            return;
        }
        earliest = std::min(earliest, refer_at);
    }
    if (earliest < spec_.horizon_days) {
        household.staff_event = sim_.schedule_at(earliest, move_referral_kind_, h);
    }
}

void ChainRun::change_added_places(std::size_t p, int sign) {
    for (const PlacesAdded& added : spec_.staff[p].adds_places) {
        added_places_[added.state] += sign * static_cast<long long>(added.places);
        set_capacity(added.state);
    }
}

void ChainRun::set_capacity(StateIndex state) {
    const long long wanted =
        static_cast<long long>(planned_capacity_[state]) + added_places_[state];
    const auto capacity = static_cast<std::size_t>(std::max(0LL, wanted));
    if (capacity < counts_[state]) {
        over_capacity_allowed_[state] =
            std::max<std::size_t>(over_capacity_allowed_[state], counts_[state]);
    }
    places_[state]->set_capacity(capacity);
}

void ChainRun::update_lasting() {
    const std::size_t groups = spec_.groups.size();
    for (ExitModifiers& modifiers : lasting_modifiers_) {
        std::fill(modifiers.relative_risk.begin(), modifiers.relative_risk.end(), 1.0);
        std::fill(modifiers.delay_factor.begin(), modifiers.delay_factor.end(), 1.0);
    }
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        if (std::isnan(lasting_since_[p])) {
            continue;
        }
        const StaffPoolSpec& pool = spec_.staff[p];
        const LastingEffect& lasting = *pool.lasting;
        const double weight =
            lasting.share * std::exp2(-(sim_.now() - lasting_since_[p]) / lasting.half_life_days);
        for (const StaffEffect& effect : pool.effects) {
            if (!lasting.states.empty() && !contains(lasting.states, effect.state)) {
                continue;
            }
            for (GroupIndex g = 0; g < groups; ++g) {
                if (!pool.takes_group(g) || (effect.group && *effect.group != g)) {
                    continue;
                }
                ExitModifiers& modifiers = lasting_modifiers_[effect.state * groups + g];
                modifiers.relative_risk[effect.exit] *= std::pow(effect.relative_risk, weight);
                modifiers.delay_factor[effect.exit] *= std::pow(effect.delay_factor, weight);
            }
        }
    }
    lasting_in_force_ = true;
}

void ChainRun::on_pool_start(std::size_t p) {
    pool_active_[p] = true;
    change_added_places(p, +1);
    const StaffPoolSpec& pool = spec_.staff[p];
    const bool prepares_moves = !pool.serves_moves_to.empty();
    const auto refer_at_start = [&](std::size_t h) {
        const Household& household = households_[h];
        if (household.staff != StaffStatus::none) {
            return;
        }
        if (!household.waiting_for && pool_takes(p, household)) {
            refer(h);
        } else if (prepares_moves) {
            consider_move_referral(h);
        }
    };
    if (pool.state_rank.empty()) {
        for (std::size_t h = 0; h < households_.size(); ++h) {
            refer_at_start(h);
        }
    } else {
        // The households already there are referred in the pool's own order: its first
        // places go to the states and groups it puts first.
        std::vector<std::size_t> order(households_.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return pool.queue_rank(households_[a].state, households_[a].group) <
                   pool.queue_rank(households_[b].state, households_[b].group);
        });
        for (const std::size_t h : order) {
            refer_at_start(h);
        }
    }
    for (std::size_t k = 0; k < outreach_.size(); ++k) {
        if (outreach_[k].pool == p) {
            sim_.schedule_in(-std::log(outreach_[k].random.uniform01()) / outreach_[k].rate_per_day,
                             outreach_kind_, k);
        }
    }
}

void ChainRun::on_pool_end(std::size_t p) {
    pool_active_[p] = false;
    change_added_places(p, -1);
    if (const auto& lasting = spec_.staff[p].lasting) {
        lasting_since_[p] = sim_.now();
        update_lasting(); // before the held households are replanned below
        if (std::isfinite(lasting->half_life_days)) {
            sim_.schedule_in(days_per_month, lasting_kind_, p);
        }
    }
    // Withdraw the queue first, so released slots are not handed on.
    std::vector<std::size_t> members;
    for (std::size_t h = 0; h < households_.size(); ++h) {
        if (households_[h].pool == p) {
            members.push_back(h);
        }
    }
    for (const std::size_t h : members) {
        if (households_[h].staff != StaffStatus::held) {
            leave_pool(h, false, SupportEnd::pool_ended, households_[h].state);
        }
    }
    for (const std::size_t h : members) {
        if (households_[h].pool == p) {
            leave_pool(h, true, SupportEnd::pool_ended, households_[h].state);
        }
    }
}

void ChainRun::record_slot_use() {
    const double horizon = spec_.horizon_days;
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        const StaffPoolSpec& pool = spec_.staff[p];
        StaffPoolResult& stats = result_.staff[p];
        stats.slot_days_available =
            static_cast<double>(pool.slots()) * pool.active.overlap(0.0, horizon);
        stats.slot_days_used = slots_[p]->occupancy().integral(horizon);
    }
}

} // namespace hcsim::model::detail
