#include "chain_run.hpp"

#include "hcsim/kernel/detail/huge_pages.hpp"

#include <algorithm>
#include <string>

namespace hcsim::model {

namespace detail {

namespace {

// Same-time order: pool changes first, then admissions to freed places, then ordinary
// events; month-end snapshots last, so they see the month's final state.
constexpr int pool_priority = -2;
constexpr int admit_priority = -1;
constexpr int month_priority = 10;
} // namespace

ChainRun::ChainRun(const ModelSpec& spec, const RunKey& key, const TraceSink& trace)
    : spec_(spec), key_(key), trace_(trace) {
    const std::size_t states = spec.states.size();
    years_ = spec.years();
    counts_.assign(states, 0);
    result_.state_days.assign(states, 0.0);
    result_.transitions.assign(states, std::vector<std::uint64_t>(states, 0));
    result_.group_transitions.assign(spec.groups.size() * states * states, 0);
    result_.placed_by_state.assign(states, 0);
    result_.served_by_state.assign(states, 0);
    result_.evictions_by_year.assign(spec.years(), 0);
    result_.evictions_with_children_by_year.assign(spec.years(), 0);
    result_.evictions_by_group.assign(spec.groups.size(), 0);
    result_.to_own_lease_by_year.assign(spec.years(), 0);
    result_.admission_waits.assign(states, kernel::Tally{});
    result_.monthly_counts.reserve(spec.months());
    result_.staff.assign(spec.staff.size(), StaffPoolResult{});

    std::vector<CostItem> items;
    for (const StateSpec& state : spec.states) {
        items.push_back({CostCategory::housing, state.name});
    }
    events_item_ = items.size();
    items.push_back({CostCategory::events, "events"});
    first_staff_item_ = items.size();
    for (const StaffPoolSpec& pool : spec.staff) {
        items.push_back({CostCategory::staff, pool.role});
    }
    first_fixed_item_ = items.size();
    for (const FixedCostSpec& fixed : spec.fixed_costs) {
        items.push_back({CostCategory::fixed, fixed.name});
    }
    result_.costs = CostLedger(std::move(items), std::max<std::size_t>(spec.payers.size(), 1),
                               spec.calendar, spec.years());

    exit_kind_ = sim_.register_handler([this](const kernel::Event& e) { on_exit_due(e.subject); });
    admit_kind_ = sim_.register_handler([this](const kernel::Event& e) {
        Household& household = households_[e.subject];
        move(e.subject, *household.waiting_for, std::move(household.granted_place));
    });
    arrival_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_arrival_candidate(e.subject); });
    contact_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_contact(e.subject); });
    gave_up_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_gave_up(e.subject); });
    pool_start_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_pool_start(e.subject); });
    pool_end_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_pool_end(e.subject); });
    month_kind_ = sim_.register_handler([this](const kernel::Event& e) {
        on_month_end(e.subject);
        schedule_month_end(e.subject + 1);
    });
    support_end_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_support_end(e.subject); });
    move_referral_kind_ = sim_.register_handler([this](const kernel::Event& e) {
        households_[e.subject].staff_event.reset();
        consider_move_referral(e.subject);
    });
    lasting_kind_ = sim_.register_handler([this](const kernel::Event& e) {
        update_lasting();
        if (sim_.now() + days_per_month <= spec_.horizon_days) {
            sim_.schedule_in(days_per_month, lasting_kind_, e.subject);
        }
    });
    capacity_kind_ = sim_.register_handler([this](const kernel::Event& e) {
        const auto [state, change] = capacity_plan_[e.subject];
        planned_capacity_[state] = spec_.states[state].capacity_changes[change].capacity;
        set_capacity(state);
    });
    outreach_kind_ =
        sim_.register_handler([this](const kernel::Event& e) { on_outreach_candidate(e.subject); });

    places_.resize(states);
    planned_capacity_.assign(states, 0);
    added_places_.assign(states, 0);
    over_capacity_allowed_.assign(states, 0);
    for (StateIndex s = 0; s < states; ++s) {
        planned_capacity_[s] = spec.states[s].capacity.value_or(0);
        for (std::size_t c = 0; c < spec.states[s].capacity_changes.size(); ++c) {
            capacity_plan_.emplace_back(s, c);
        }
        if (spec.states[s].capacity) {
            places_[s] = std::make_unique<kernel::Resource>(sim_, spec.states[s].name,
                                                            *spec.states[s].capacity,
                                                            kernel::QueueDiscipline::priority);
            places_[s]->on_grant([this](kernel::Place&& place) {
                const std::size_t h = place.subject();
                households_[h].granted_place = std::move(place);
                sim_.schedule_in(0.0, admit_kind_, h, admit_priority);
            });
        }
    }
    for (StateIndex s = 0; s < states; ++s) {
        usual_care_.push_back(usual_care(spec.exits[s].size()));
    }
    for (const StaffPoolSpec& pool : spec.staff) {
        for (StateIndex s = 0; s < states; ++s) {
            for (GroupIndex g = 0; g < spec.groups.size(); ++g) {
                staff_modifiers_.push_back(staff_modifiers(pool, s, g, spec.exits[s].size()));
            }
        }
    }
    lasting_since_.assign(spec.staff.size(), std::numeric_limits<double>::quiet_NaN());
    for (const StaffPoolSpec& pool : spec.staff) {
        any_move_referrals_ = any_move_referrals_ || !pool.serves_moves_to.empty();
        if (pool.lasting && lasting_modifiers_.empty()) {
            for (StateIndex s = 0; s < states; ++s) {
                for (GroupIndex g = 0; g < spec.groups.size(); ++g) {
                    lasting_modifiers_.push_back(usual_care(spec.exits[s].size()));
                }
            }
        }
    }
    const std::size_t groups = spec.groups.size();
    exit_tables_.reserve((spec.staff.size() + 1) * states * groups);
    for (std::size_t set = 0; set <= spec.staff.size(); ++set) {
        for (StateIndex s = 0; s < states; ++s) {
            const bool by_origin = depends_on_origin(spec.exits[s]);
            for (GroupIndex g = 0; g < groups; ++g) {
                const ExitModifiers& modifiers =
                    set == 0 ? usual_care_[s]
                             : staff_modifiers_[((set - 1) * states + s) * groups + g];
                ExitTable table;
                table.first = static_cast<std::uint32_t>(table_exits_.size());
                table.by_origin = by_origin;
                if (!by_origin) {
                    table.count = static_cast<std::uint32_t>(append_exit_thresholds(
                        spec.exits[s], g, modifiers, table_exits_, table_thresholds_));
                }
                exit_tables_.push_back(table);
            }
        }
    }
    pool_active_.assign(spec.staff.size(), false);
    for (std::size_t p = 0; p < spec.staff.size(); ++p) {
        slots_.push_back(std::make_unique<kernel::Resource>(
            sim_, spec.staff[p].role, spec.staff[p].slots(), kernel::QueueDiscipline::priority));
        slots_.back()->on_grant(
            [this](kernel::Place&& place) { on_slot_granted(std::move(place)); });
    }
}

ChainRun::~ChainRun() {
    // Households give their places back as they are destroyed; nobody may be granted one.
    for (auto& resource : places_) {
        if (resource) {
            resource->close();
        }
    }
    for (auto& resource : slots_) {
        resource->close();
    }
    households_.clear();
}

void ChainRun::emit(std::string_view event, std::size_t h, std::optional<StateIndex> from,
                    std::optional<StateIndex> to, std::optional<std::size_t> pool,
                    std::string_view reason) const {
    if (trace_) {
        trace_(TraceRecord{sim_.now(), households_[h].stream_id, households_[h].group, event, from,
                           to, pool, reason});
    }
}

ReplicationResult ChainRun::run() {
    households_.reserve(expected_households());
    // A million households are 200 MB: touched page by page, a third of the tandem scenario's
    // run went to page faults (perf).
    kernel::detail::advise_huge_pages(households_.data(),
                                      households_.capacity() * sizeof(Household));
    // Initial stocks: households numbered in declaration order, so ids match across options.
    std::uint64_t next_initial_id = 0;
    for (const InitialStock& stock : spec_.initial) {
        for (std::uint32_t i = 0; i < stock.count; ++i) {
            add_household(next_initial_id++, stock.group, stock.state);
        }
    }
    // Arrival streams: one per (arrival, group) with a positive rate.
    for (std::size_t a = 0; a < spec_.arrivals.size(); ++a) {
        const ArrivalSpec& arrival = spec_.arrivals[a];
        const double peak_season =
            *std::max_element(arrival.seasonality.begin(), arrival.seasonality.end());
        const double years = spec_.horizon_days / days_per_year;
        const double peak_trend = std::max({1.0, 1.0 + arrival.trend_per_year * years});
        for (GroupIndex g = 0; g < spec_.groups.size(); ++g) {
            if (arrival.per_year[g] <= 0.0) {
                continue;
            }
            const std::uint64_t stream_index = streams_.size();
            const bool flat_season =
                std::all_of(arrival.seasonality.begin(), arrival.seasonality.end(),
                            [&](double factor) { return factor == peak_season; });
            streams_.push_back(ArrivalStream{
                a, g, arrival.per_year[g] / days_per_year * peak_season * peak_trend,
                arrival.trend_per_year == 0.0 && flat_season,
                kernel::RandomStream({key_.seed, key_.replication, arrival_draws, stream_index, 0}),
                0});
            sim_.schedule_in(0.0, arrival_kind_, stream_index);
        }
    }
    // Outreach streams are numbered after the arrival streams, so arrival ids do not move.
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        const StaffPoolSpec& pool = spec_.staff[p];
        if (!pool.outreach) {
            continue;
        }
        for (GroupIndex g = 0; g < spec_.groups.size(); ++g) {
            const double per_day = pool.fte * pool.outreach->per_fte_year[g] / days_per_year;
            if (per_day > 0.0) {
                const std::uint64_t index = streams_.size() + outreach_.size();
                outreach_.push_back(OutreachStream{
                    p, g, per_day, index,
                    kernel::RandomStream({key_.seed, key_.replication, arrival_draws, index, 0}),
                    0});
            }
        }
    }
    for (std::size_t c = 0; c < capacity_plan_.size(); ++c) {
        const auto [state, change] = capacity_plan_[c];
        const double day = spec_.states[state].capacity_changes[change].day;
        if (day < spec_.horizon_days) {
            sim_.schedule_at(day, capacity_kind_, c, pool_priority);
        }
    }
    for (std::size_t p = 0; p < spec_.staff.size(); ++p) {
        const StaffPoolSpec& pool = spec_.staff[p];
        const Period& active = pool.active;
        // A pool acts through its slots, the places it adds or the households it finds.
        const bool acts =
            pool.slots() > 0 || !pool.adds_places.empty() || (pool.outreach && pool.fte > 0.0);
        if (!acts || active.start >= spec_.horizon_days) {
            continue;
        }
        sim_.schedule_at(active.start, pool_start_kind_, p, pool_priority);
        if (active.end < spec_.horizon_days) {
            sim_.schedule_at(active.end, pool_end_kind_, p, pool_priority - 1);
        }
    }
    schedule_month_end(0);

    sim_.run_until(spec_.horizon_days);

    const double horizon = spec_.horizon_days;
    for (const Household& household : households_) {
        close_stay_costs(household, horizon);
    }
    book_planned_costs(spec_, result_.costs, first_staff_item_, first_fixed_item_);
    record_slot_use();
    for (StateIndex s = 0; s < spec_.states.size(); ++s) {
        if (places_[s]) {
            result_.admission_waits[s] = places_[s]->waits();
        }
    }
    check_costs();
    result_.final_counts = counts_;
    result_.households = households_.size();
    result_.events = sim_.events_processed();
    return std::move(result_);
}

// One month end pending at a time: a century-long horizon would otherwise keep 1,200 events
// in the calendar and deepen every heap operation. The order of events does not change:
// month ends have a priority of their own, so sequence numbers never decide against them.
void ChainRun::schedule_month_end(std::size_t month) {
    if (month < spec_.months()) {
        sim_.schedule_at(
            std::min(static_cast<double>(month + 1) * days_per_month, spec_.horizon_days),
            month_kind_, month, month_priority);
    }
}

std::optional<kernel::Place> ChainRun::admit_arrival(std::size_t h, StateIndex& state) {
    for (std::size_t hops = 0; hops <= spec_.states.size() && places_[state]; ++hops) {
        if (auto place = places_[state]->try_acquire(h)) {
            return place;
        }
        if (!spec_.states[state].overflow) {
            break;
        }
        state = *spec_.states[state].overflow;
    }
    if (!places_[state]) {
        return std::nullopt;
    }
    // Validation guarantees initial stocks fit and arrival states overflow to a state
    // without a capacity, so this is a broken invariant.
    throw InvariantError("state " + spec_.states[state].name + " is full at day " +
                         std::to_string(sim_.now()) + " when household " +
                         std::to_string(households_[h].stream_id) + " enters it");
}

void ChainRun::add_household(std::uint64_t stream_id, GroupIndex group, StateIndex state) {
    const std::size_t h = households_.size();
    Household& household = households_.emplace_back(); // built in place: no copy
    household.stream_id = stream_id;
    household.group = static_cast<CompactIndex>(group);
    household.entered_at = sim_.now();
    auto place = admit_arrival(h, state);
    Household& added = households_[h];
    added.state = static_cast<CompactIndex>(state);
    if (place) {
        added.state_place = std::move(*place);
    }
    if (is_homeless(spec_.states[state].kind)) {
        added.homeless_since = sim_.now();
    }
    ++counts_[state];
    ++result_.placed_by_state[state];
    emit(sim_.now() == 0.0 ? "initial" : "arrive", h, std::nullopt, state);
    start_stay(h);
}

std::size_t ChainRun::expected_households() const {
    double expected = 0.0;
    for (const InitialStock& stock : spec_.initial) {
        expected += stock.count;
    }
    const double years = spec_.horizon_days / days_per_year;
    for (const ArrivalSpec& arrival : spec_.arrivals) {
        const double trend = std::max(1.0, 1.0 + arrival.trend_per_year * years);
        for (const double per_year : arrival.per_year) {
            expected += per_year * years * trend;
        }
    }
    for (const StaffPoolSpec& pool : spec_.staff) {
        if (pool.outreach) {
            const double active_years =
                pool.active.overlap(0.0, spec_.horizon_days) / days_per_year;
            for (const double per_fte_year : pool.outreach->per_fte_year) {
                expected += pool.fte * per_fte_year * active_years;
            }
        }
    }
    // A little over the mean so that a Poisson count rarely forces a regrowth (which would
    // move every household); capped so a huge scenario reserves at most ~1 GiB up front.
    constexpr double most = 4.0e6;
    return static_cast<std::size_t>(std::min(expected * 1.01 + 64.0, most));
}

} // namespace detail

ReplicationResult simulate_replication(const ModelSpec& spec, const RunKey& key,
                                       const TraceSink& trace) {
    detail::ChainRun run(spec, key, trace);
    return run.run();
}

} // namespace hcsim::model
