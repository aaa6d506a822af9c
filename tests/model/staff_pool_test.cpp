// What a staff pool can express beyond "hold a slot while served": support episodes that end,
// client time, its own priority, referral before a move, lasting effects, payer by budget
// year, capacity over time, places added and outreach. Each test checks the trace or the
// result of one replication with a fixed seed.
#include "hcsim/model/chain_simulation.hpp"
#include "toy_models.hpp"

#include <gtest/gtest.h>
#include <map>
#include <numeric>
#include <string>

using namespace hcsim;
using hcsim::test::eviction_chain;
using hcsim::test::prevention_pool;

namespace {

struct Recorded {
    double time;
    std::uint64_t household;
    std::string event;
    std::optional<model::StateIndex> from;
    std::optional<model::StateIndex> to;
    std::optional<std::size_t> pool;
    std::string reason;
};

std::vector<Recorded> trace_of(const model::ModelSpec& spec, std::uint64_t seed = 5) {
    std::vector<Recorded> out;
    (void)model::simulate_replication(spec, {seed, 0}, [&](const model::TraceRecord& r) {
        out.push_back({r.time, r.household, std::string(r.event), r.from, r.to, r.pool,
                       std::string(r.reason)});
    });
    return out;
}

std::size_t count(const std::vector<Recorded>& trace, const std::string& event,
                  const std::string& reason = "") {
    return static_cast<std::size_t>(std::count_if(trace.begin(), trace.end(), [&](const auto& r) {
        return r.event == event && (reason.empty() || r.reason == reason);
    }));
}

std::uint64_t evictions_in_year(const model::ReplicationResult& r, std::size_t year) {
    return r.evictions_by_year[year];
}

} // namespace

TEST(StaffPool, SupportDaysEndEpisodesAndFreeTheSlotForTheNext) {
    auto held_whole_stay = eviction_chain();
    held_whole_stay.staff = {prevention_pool(1.0, 1.0)};
    held_whole_stay.staff[0].caseload_per_fte = 2.0; // two slots
    auto episodes = held_whole_stay;
    episodes.staff[0].support_days = model::Distribution::fixed(5.0);

    const auto whole = model::simulate_replication(held_whole_stay, {5, 0});
    const auto trace = trace_of(episodes);
    const auto ended = model::simulate_replication(episodes, {5, 0});
    EXPECT_GT(ended.staff[0].served, 3 * whole.staff[0].served)
        << "5-day episodes turn the two slots over far more often than 45-day stays";
    EXPECT_GT(count(trace, "support_ended", "duration"), 100U);
    // Every episode lasts at most its 5 days.
    std::map<std::uint64_t, double> started;
    for (const auto& r : trace) {
        if (r.event == "slot") {
            started[r.household] = r.time;
        } else if (r.event == "support_ended") {
            ASSERT_TRUE(started.contains(r.household));
            EXPECT_LE(r.time - started[r.household], 5.0 + 1e-9);
            EXPECT_EQ(r.pool, std::optional<std::size_t>{0});
        }
    }
}

TEST(StaffPool, EpisodeEndedByDurationIsNotReferredAgainInTheSameStay) {
    auto spec = eviction_chain();
    spec.staff = {prevention_pool(1.0, 1.0)};
    spec.staff[0].support_days = model::Distribution::fixed(1.0);
    std::map<std::uint64_t, int> slots_per_household;
    for (const auto& r : trace_of(spec)) {
        if (r.event == "slot") {
            ++slots_per_household[r.household];
        }
    }
    ASSERT_FALSE(slots_per_household.empty());
    for (const auto& [household, slots] : slots_per_household) {
        EXPECT_EQ(slots, 1) << "household " << household << " (at_risk is its only served stay)";
    }
}

TEST(StaffPool, ClientTimeShareCutsTheCaseloadNotTheCost) {
    auto full = eviction_chain();
    full.staff = {prevention_pool(1.0, 1.0)};
    full.staff[0].caseload_per_fte = 20.0;
    auto half = full;
    half.staff[0].client_time_share = 0.5;
    EXPECT_EQ(full.staff[0].slots(), 20U);
    EXPECT_EQ(half.staff[0].slots(), 10U);
    const auto a = model::simulate_replication(full, {5, 0});
    const auto b = model::simulate_replication(half, {5, 0});
    const std::size_t staff_item = full.states.size() + 1;
    EXPECT_DOUBLE_EQ(a.costs.amount(staff_item, 0, 0), b.costs.amount(staff_item, 0, 0));
    EXPECT_DOUBLE_EQ(b.staff[0].slot_days_available, 10.0 * full.horizon_days);
}

TEST(StaffPool, GoalAndLeavingAStateEndTheEpisodeWithTheirReason) {
    auto spec = eviction_chain();
    auto pool = prevention_pool(1.0, 1.0);
    pool.serves = {1, 2}; // at_risk and shelter
    pool.effects.clear();
    spec.staff = {pool};
    const auto kept = trace_of(spec);

    spec.staff[0].goal = {0};            // own lease
    spec.staff[0].ends_on_leaving = {1}; // eviction ends the prevention episode
    const auto ended = trace_of(spec);
    EXPECT_GT(count(ended, "support_ended", "goal"), 50U);
    // A move to the own lease ends the episode as reaching the goal, never as leaving.
    for (std::size_t i = 0; i + 1 < ended.size(); ++i) {
        if (ended[i].to == model::StateIndex{0} && !ended[i].pool &&
            ended[i + 1].event == "support_ended") {
            EXPECT_EQ(ended[i + 1].reason, "goal") << "at day " << ended[i].time;
        }
    }
    // An evicted household keeps its slot into the shelter without ends_on_leaving, and loses
    // it with.
    std::size_t evicted_kept = 0;
    std::size_t evicted_ended = 0;
    for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
        if (kept[i].event == "evicted" && kept[i + 1].event == "support_ended") {
            ++evicted_kept;
        }
    }
    for (std::size_t i = 0; i + 1 < ended.size(); ++i) {
        if (ended[i].event == "evicted" && ended[i + 1].event == "support_ended" &&
            ended[i + 1].reason == "left_state" && ended[i + 1].from == model::StateIndex{1}) {
            ++evicted_ended;
        }
    }
    EXPECT_EQ(evicted_kept, 0U);
    EXPECT_GT(evicted_ended, 10U);
}

TEST(StaffPool, OwnStatePriorityTakesItsFirstStatesFirstAtTheStart) {
    auto spec = eviction_chain();
    spec.initial = {{1, 0, 10}, {2, 0, 10}}; // 10 at risk, listed first, then 10 in shelter
    auto pool = prevention_pool(1.0, 1.0);
    pool.serves = {1, 2};
    pool.caseload_per_fte = 4.0;
    pool.effects.clear();
    spec.staff = {pool};
    const auto by_file_order = trace_of(spec);
    spec.staff[0].state_rank = {1, 1, 0, 1}; // shelter first
    const auto by_priority = trace_of(spec);
    const auto first_slots = [](const std::vector<Recorded>& trace) {
        std::vector<model::StateIndex> states;
        for (const auto& r : trace) {
            if (r.event == "slot" && r.time == 0.0) {
                states.push_back(*r.from);
            }
        }
        return states;
    };
    EXPECT_EQ(first_slots(by_file_order), (std::vector<model::StateIndex>(4, 1)));
    EXPECT_EQ(first_slots(by_priority), (std::vector<model::StateIndex>(4, 2)));
}

TEST(StaffPool, ReferredBeforeTheMoveItPreparesFor) {
    // The pool serves no state; it takes households whose next move is to the own
    // lease, 10 days before it (at risk or in shelter), and leaves them when they move.
    auto spec = eviction_chain();
    auto pool = prevention_pool(1.0, 1.0);
    pool.serves = {};
    pool.effects.clear();
    pool.serves_moves_to = {0};
    pool.move_lead_days = 10.0;
    spec.staff = {pool};
    const auto trace = trace_of(spec);
    std::map<std::uint64_t, double> slot_at;
    std::size_t moves_checked = 0;
    for (const auto& r : trace) {
        if (r.event == "slot") {
            slot_at[r.household] = r.time;
        } else if (r.from && r.to && !r.pool && r.event != "queued" &&
                   slot_at.contains(r.household)) {
            // The household's next move after it was taken on.
            EXPECT_EQ(r.to, model::StateIndex{0}) << "household " << r.household;
            EXPECT_LE(r.time - slot_at[r.household], 10.0 + 1e-9);
            slot_at.erase(r.household);
            ++moves_checked;
        }
    }
    EXPECT_GT(moves_checked, 100U);
    EXPECT_EQ(count(trace, "support_ended", "left_state"), moves_checked)
        << "the own lease is not served: each episode ends with the move";
}

TEST(StaffPool, LastingEffectsRemainAfterThePeriod) {
    auto spec = eviction_chain();
    auto pool = prevention_pool(1.0, 0.0); // no eviction while held
    pool.active = {0.0, model::days_per_year};
    spec.staff = {pool};
    const auto ends = model::simulate_replication(spec, {5, 0});
    EXPECT_EQ(evictions_in_year(ends, 0), 0U);
    EXPECT_GT(evictions_in_year(ends, 1), 10U) << "usual care returns in year 2";

    spec.staff[0].lasting = model::LastingEffect{1.0, std::numeric_limits<double>::infinity(), {}};
    const auto lasts = model::simulate_replication(spec, {5, 0});
    EXPECT_EQ(evictions_in_year(lasts, 1), 0U) << "the whole effect lasts, without decay";

    spec.staff[0].effects[0].relative_risk = 0.25;
    spec.staff[0].lasting = model::LastingEffect{0.5, 30.0, {}};
    const auto fades = model::simulate_replication(spec, {5, 0});
    spec.staff[0].lasting.reset();
    const auto none = model::simulate_replication(spec, {5, 0});
    EXPECT_LT(evictions_in_year(fades, 1), evictions_in_year(none, 1) + 1)
        << "a fading effect cannot raise evictions";
    spec.staff[0].lasting = model::LastingEffect{0.5, 30.0, {2}}; // only shelter's effects
    const auto elsewhere = model::simulate_replication(spec, {5, 0});
    EXPECT_EQ(elsewhere.transitions, none.transitions)
        << "a lasting effect limited to other states changes nothing";
}

TEST(StaffPool, PayerByBudgetYear) {
    auto spec = eviction_chain();
    auto pool = prevention_pool(1.0, 1.0);
    pool.payer_by_year = {1, 0}; // year 1 landlord (payer 1), year 2 on the district
    spec.staff = {pool};
    const auto r = model::simulate_replication(spec, {5, 0});
    const std::size_t staff_item = spec.states.size() + 1;
    EXPECT_NEAR(r.costs.amount(staff_item, 1, 0), 650000.0, 1e-6);
    EXPECT_NEAR(r.costs.amount(staff_item, 0, 0), 0.0, 1e-9);
    EXPECT_NEAR(r.costs.amount(staff_item, 0, 1), 650000.0, 1e-6);
    EXPECT_NEAR(r.costs.amount(staff_item, 1, 1), 0.0, 1e-9);
}

namespace {
// Peak count of a state in [from, to), replaying the trace (initial stock included).
int peak_between(const std::vector<Recorded>& trace, model::StateIndex state, double from,
                 double to) {
    int now = 0;
    int peak = 0;
    for (const auto& r : trace) {
        if (!r.to || r.event == "queued" || r.pool) {
            continue;
        }
        if (r.from == state) {
            --now;
        }
        if (r.to == state) {
            ++now;
        }
        if (r.time >= from && r.time < to) {
            peak = std::max(peak, now);
        }
    }
    return peak;
}

model::ModelSpec crowded_shelter() {
    auto spec = eviction_chain();
    spec.states[2].capacity = 10;         // initial 10 fill it; evicted households wait at risk
    spec.exits[1][0].probability = {0.3}; // 140 evictions a year, ~23 in shelter at once
    spec.exits[1][1].probability = {0.7};
    spec.exits[2][0].delay.assign(1, model::Distribution::exponential(60.0));
    return spec;
}
} // namespace

TEST(StaffPool, CapacityFollowsTheBuildPlan) {
    auto spec = crowded_shelter();
    spec.states[2].capacity_changes = {{200.0, 25}, {450.0, 4}};
    const auto trace = trace_of(spec);
    EXPECT_LE(peak_between(trace, 2, 0.0, 200.0), 10);
    EXPECT_GT(peak_between(trace, 2, 200.0, 450.0), 10) << "the new places are used";
    EXPECT_LE(peak_between(trace, 2, 200.0, 450.0), 25);
    // After the cut nobody is admitted while 4 or more are there.
    int now = 0;
    for (const auto& r : trace) {
        if (!r.to || r.event == "queued" || r.pool) {
            continue;
        }
        if (r.to == model::StateIndex{2} && r.from != model::StateIndex{2} && r.time >= 450.0) {
            EXPECT_LT(now, 4) << "admitted at day " << r.time << " with " << now << " there";
        }
        now += (r.to == model::StateIndex{2}) - (r.from == model::StateIndex{2});
    }
}

TEST(StaffPool, LandlordWorkAddsPlacesWhileActive) {
    auto spec = crowded_shelter();
    auto pool = prevention_pool(1.0, 1.0);
    pool.caseload_per_fte = 0.0; // only the places
    pool.active = {100.0, 300.0};
    pool.adds_places = {{2, 8}};
    spec.staff = {pool};
    const auto trace = trace_of(spec);
    EXPECT_LE(peak_between(trace, 2, 0.0, 100.0), 10);
    EXPECT_EQ(peak_between(trace, 2, 100.0, 300.0), 18);
}

TEST(StaffPool, OutreachBringsInHouseholdsWhileActive) {
    auto spec = eviction_chain();
    auto pool = prevention_pool(2.0, 1.0);
    pool.active = {0.0, model::days_per_year};
    pool.outreach = model::OutreachSpec{2, {100.0}}; // into shelter, 100 per FTE and year
    spec.staff = {pool};
    std::size_t found = 0;
    std::size_t after = 0;
    (void)model::simulate_replication(spec, {5, 0}, [&](const model::TraceRecord& r) {
        if (r.event == "arrive" && r.to == model::StateIndex{2}) {
            (r.time < model::days_per_year ? found : after) += 1;
        }
    });
    // Poisson with mean 200: the fixed seed's count lies within 4 standard deviations (~57).
    EXPECT_NEAR(static_cast<double>(found), 200.0, 57.0);
    EXPECT_EQ(after, 0U);
    const auto without = model::simulate_replication(eviction_chain(), {5, 0});
    const auto with = model::simulate_replication(spec, {5, 0});
    EXPECT_EQ(with.households, without.households + found);
}

TEST(StaffPool, NeutralSettingsOfTheNewKeysChangeNothing) {
    // A scenario that does not use the new keys runs as before; written out at their neutral
    // values they change nothing either, draw for draw.
    auto plain = eviction_chain();
    plain.staff = {prevention_pool(1.0, 0.5)};
    plain.staff[0].caseload_per_fte = 6.0;
    plain.staff[0].active = {30.0, 400.0};
    auto neutral = plain;
    auto& pool = neutral.staff[0];
    pool.client_time_share = 1.0;
    pool.state_rank = {0, 0, 0, 0};                      // every state equal: the start order stays
    pool.payer_by_year = {0};                            // the district every year
    pool.lasting = model::LastingEffect{0.0, 365.0, {}}; // nothing lasts
    const auto a = model::simulate_replication(plain, {5, 0});
    const auto b = model::simulate_replication(neutral, {5, 0});
    EXPECT_EQ(a.transitions, b.transitions);
    EXPECT_EQ(a.state_days, b.state_days);
    EXPECT_EQ(a.staff[0].served, b.staff[0].served);
    for (std::size_t item = 0; item < a.costs.items().size(); ++item) {
        for (std::size_t year = 0; year < a.costs.years(); ++year) {
            EXPECT_EQ(a.costs.amount(item, 0, year), b.costs.amount(item, 0, year));
        }
    }
}

TEST(StaffPool, EveryKeyTogetherKeepsTheInvariants) {
    // Episodes, targeting, before-move referral, lasting effects, places added over a build
    // plan and outreach in one option: the run's own checks (households conserved, no state
    // over its capacity, no negative cost) hold in every replication.
    auto spec = crowded_shelter();
    spec.states[2].capacity_changes = {{150.0, 14}, {500.0, 8}};
    auto prevention = prevention_pool(1.0, 0.5);
    prevention.caseload_per_fte = 5.0;
    prevention.client_time_share = 0.6;
    prevention.support_days = model::Distribution::exponential(20.0);
    prevention.goal = {0};
    prevention.state_rank = {1, 0, 1, 1};
    prevention.active = {0.0, 400.0};
    prevention.lasting = model::LastingEffect{0.5, 90.0, {}};
    prevention.payer_by_year = {1, 0};
    auto mover = prevention_pool(1.0, 1.0);
    mover.role = "mover";
    mover.serves = {};
    mover.serves_moves_to = {0};
    mover.move_lead_days = 15.0;
    mover.caseload_per_fte = 3.0;
    mover.max_wait_days = 10.0;
    mover.effects = {{2, 0, std::nullopt, 1.0, 0.7}}; // shelter -> own lease, faster
    mover.adds_places = {{2, 4}};
    mover.outreach = model::OutreachSpec{1, {30.0}}; // into at_risk (no capacity, as validated)
    mover.active = {50.0, 600.0};
    spec.staff = {prevention, mover};
    for (std::uint64_t replication = 0; replication < 20; ++replication) {
        const auto r = model::simulate_replication(spec, {11, replication});
        EXPECT_GT(r.staff[0].served, 0U);
        EXPECT_GT(r.staff[1].served, 0U);
    }
}
