#include "hcsim/kernel/random.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/model/exit_choice.hpp"
#include "toy_models.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <numeric>

using namespace hcsim;
using hcsim::test::eviction_chain;
using hcsim::test::prevention_pool;

namespace {

std::uint64_t total_evictions(const model::ReplicationResult& r) {
    return std::accumulate(r.evictions_by_year.begin(), r.evictions_by_year.end(),
                           std::uint64_t{0});
}

// Replays a trace to follow every household's state and checks occupancy at every event.
struct Occupancy {
    std::map<std::uint64_t, std::optional<model::StateIndex>> where;
    std::vector<int> count;
    std::vector<int> peak;
    std::vector<std::string> order_admitted; // group names admitted to `watched`
    model::StateIndex watched = 0;
    const model::ModelSpec* spec = nullptr;

    model::TraceSink sink() {
        count.assign(spec->states.size(), 0);
        peak = count;
        return [this](const model::TraceRecord& r) {
            if (!r.to || r.event == "queued") {
                return;
            }
            if (r.from) {
                --count[*r.from];
            }
            ++count[*r.to];
            peak[*r.to] = std::max(peak[*r.to], count[*r.to]);
            if (*r.to == watched && r.from) {
                order_admitted.push_back(spec->groups[r.group].name);
            }
        };
    }
};

} // namespace

TEST(ChainModel, ConservesHouseholdsEveryMonth) {
    const auto spec = eviction_chain();
    const auto r = model::simulate_replication(spec, {7, 0});
    ASSERT_EQ(r.monthly_counts.size(), 24U);
    std::uint32_t previous = 0;
    for (const auto& month : r.monthly_counts) {
        const auto total = std::accumulate(month.begin(), month.end(), 0U);
        EXPECT_GE(total, previous) << "households only arrive; none may vanish";
        previous = total;
    }
    EXPECT_EQ(std::accumulate(r.final_counts.begin(), r.final_counts.end(), 0ULL), r.households);
    EXPECT_GT(r.households, 300U);
    // Every move out of a state was a move into another: transitions balance the stocks.
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        long long in = 0, out = 0;
        for (model::StateIndex t = 0; t < spec.states.size(); ++t) {
            in += static_cast<long long>(r.transitions[t][s]);
            out += static_cast<long long>(r.transitions[s][t]);
        }
        EXPECT_GE(static_cast<long long>(r.final_counts[s]) - in + out, 0) << spec.states[s].name;
    }
}

TEST(ChainModel, SameSeedSameResultDifferentReplicationDiffers) {
    const auto spec = eviction_chain();
    const auto a = model::simulate_replication(spec, {7, 0});
    const auto b = model::simulate_replication(spec, {7, 0});
    const auto c = model::simulate_replication(spec, {7, 1});
    EXPECT_EQ(a.state_days, b.state_days);
    EXPECT_EQ(a.transitions, b.transitions);
    EXPECT_NE(a.state_days, c.state_days);
}

TEST(ChainModel, CapacityIsNeverExceededAndOverflowTakesTheRest) {
    auto spec = eviction_chain();
    spec.states.push_back(test::state("hotel", model::StateKind::acute, 700.0));
    spec.exits.push_back(
        {test::exit_to("housed", 0, 1.0, model::Distribution::exponential(100.0))});
    spec.states[2].capacity = 12;
    spec.states[2].overflow = 4;
    Occupancy occupancy;
    occupancy.spec = &spec;
    const auto r = model::simulate_replication(spec, {3, 0}, occupancy.sink());
    EXPECT_LE(occupancy.peak[2], 12);
    EXPECT_EQ(occupancy.peak[2], 12) << "the shelter should fill up in this load";
    EXPECT_GT(r.transitions[1][4], 0U)
        << "evicted households overflow to the hotel when the shelter is full";
}

TEST(ChainModel, FullStateQueueServesPriorityGroupFirst) {
    // at_risk households move to a one-place flat; families (rank 0) jump adults (rank 1).
    auto spec = eviction_chain(true);
    spec.states[2].capacity = 10; // initial 10 adults fill the shelter
    spec.exits[2] = {test::exit_to("housed", 0, 1.0, model::Distribution::fixed(200.0), 2)};
    spec.exits[1] = {test::exit_to("evicted", 2, 1.0, model::Distribution::exponential(5.0), 2)};
    spec.exits[1][0].eviction = true;
    spec.horizon_days = 230.0;
    Occupancy occupancy;
    occupancy.spec = &spec;
    occupancy.watched = 2;
    (void)model::simulate_replication(spec, {11, 0}, occupancy.sink());
    // At day 200 ten places free at once; the queue then holds both groups.
    ASSERT_GE(occupancy.order_admitted.size(), 10U);
    std::size_t families_first = 0;
    while (families_first < occupancy.order_admitted.size() &&
           occupancy.order_admitted[families_first] == "family") {
        ++families_first;
    }
    EXPECT_GE(families_first, 5U) << "families must be admitted before any waiting adult";
    for (std::size_t i = families_first; i < occupancy.order_admitted.size(); ++i) {
        EXPECT_EQ(occupancy.order_admitted[i], "adult")
            << "a family admitted after an adult at position " << i;
    }
}

TEST(ChainModel, StaffEffectChangesOnlyTheNamedExit) {
    auto with_staff = eviction_chain();
    with_staff.staff = {prevention_pool(1.0, 0.0)}; // eviction impossible while held
    const auto base = model::simulate_replication(eviction_chain(), {5, 0});
    const auto helped = model::simulate_replication(with_staff, {5, 0});
    EXPECT_GT(total_evictions(base), 20U);
    EXPECT_EQ(total_evictions(helped), 0U)
        << "every threatened household is held, and RR 0 forbids eviction";
    // Shelter exits are untouched: the ten initial shelter households are not affected by a
    // pool that serves at_risk only, so their moves out by day 60 are identical.
    EXPECT_EQ(base.monthly_counts[0][3], helped.monthly_counts[0][3]);
}

// Evictions (at_risk -> shelter) per group, from the trace.
std::vector<int> evictions_by_group(const model::ModelSpec& spec, std::uint64_t replication) {
    std::vector<int> count(spec.groups.size(), 0);
    (void)model::simulate_replication(spec, {5, replication}, [&](const model::TraceRecord& r) {
        if (r.from == model::StateIndex{1} && r.to == model::StateIndex{2}) {
            ++count[r.group];
        }
    });
    return count;
}

TEST(ChainModel, PoolRestrictedToGroupsTakesOnlyThoseAndOthersGoToTheNextPool) {
    const auto base = eviction_chain(true);
    auto families_only = base;
    families_only.staff = {prevention_pool(1.0, 0.0, 2)};
    families_only.staff[0].groups = {1};
    const auto before = evictions_by_group(base, 0);
    const auto after = evictions_by_group(families_only, 0);
    ASSERT_GT(before[0], 10);
    ASSERT_GT(before[1], 10);
    EXPECT_EQ(after[1], 0) << "every family is held, and RR 0 forbids eviction";
    EXPECT_EQ(after[0], before[0]) << "adults are not taken on: their fates are unchanged (CRN)";

    // A second pool for everyone: adults, refused by the first, are referred to it.
    auto two_pools = families_only;
    two_pools.staff.push_back(prevention_pool(1.0, 0.0, 2));
    two_pools.staff[1].role = "generalist";
    const auto result = model::simulate_replication(two_pools, {5, 0});
    EXPECT_EQ(evictions_by_group(two_pools, 0), (std::vector<int>{0, 0}));
    EXPECT_GT(result.staff[0].referred, 0U);
    EXPECT_GT(result.staff[1].referred, 0U);
}

TEST(ChainModel, ZeroFtePoolEqualsNoPool) {
    auto zero = eviction_chain();
    zero.staff = {prevention_pool(0.0, 0.3)};
    const auto none = model::simulate_replication(eviction_chain(), {9, 2});
    const auto with_zero = model::simulate_replication(zero, {9, 2});
    EXPECT_EQ(none.state_days, with_zero.state_days);
    EXPECT_EQ(none.transitions, with_zero.transitions);
    EXPECT_EQ(none.evictions_by_year, with_zero.evictions_by_year);
}

TEST(ChainModel, NeutralPoolLeavesEveryFateUnchanged) {
    // Common random numbers: a pool with no effect changes nothing, draw for draw.
    auto neutral = eviction_chain();
    neutral.staff = {prevention_pool(1.0, 1.0)};
    const auto none = model::simulate_replication(eviction_chain(), {9, 4});
    const auto held = model::simulate_replication(neutral, {9, 4});
    EXPECT_EQ(none.transitions, held.transitions);
    EXPECT_EQ(none.state_days, held.state_days);
    EXPECT_GT(held.staff[0].served, 100U);
}

TEST(ChainModel, CaseloadSlotsLimitWhoIsHelped) {
    auto small = eviction_chain();
    small.staff = {prevention_pool(1.0, 0.0)};
    small.staff[0].caseload_per_fte = 3.0; // three households at a time
    small.staff[0].max_wait_days = 10.0;
    const auto r = model::simulate_replication(small, {5, 0});
    EXPECT_GT(r.staff[0].gave_up, 0U) << "referrals beyond the caseload wait, then get usual care";
    EXPECT_GT(total_evictions(r), 0U) << "households not held can still be evicted";
    EXPECT_LE(r.staff[0].slot_days_used, r.staff[0].slot_days_available + 1e-9);
}

TEST(ChainModel, CostsBookedByPayerAndCategory) {
    auto spec = eviction_chain();
    spec.staff = {prevention_pool(0.5, 0.6)};
    spec.staff[0].active = {0.0, model::days_per_year};
    model::FixedCostSpec training;
    training.name = "training";
    training.amount = 100000.0;
    training.active = {0.0, 2 * model::days_per_year};
    spec.fixed_costs = {training};
    const auto r = model::simulate_replication(spec, {1, 0});
    const auto& ledger = r.costs;
    const std::size_t events = spec.states.size(), staff = events + 1, fixed = staff + 1;
    EXPECT_NEAR(ledger.amount(staff, 0, 0), 325000.0, 1e-6);
    EXPECT_NEAR(ledger.amount(staff, 0, 1), 0.0, 1e-9) << "the pool is active in year 1 only";
    EXPECT_NEAR(ledger.amount(fixed, 0, 0) + ledger.amount(fixed, 0, 1), 100000.0, 1e-6);
    const double evictions = static_cast<double>(total_evictions(r));
    EXPECT_NEAR(ledger.amount(events, 1, 0) + ledger.amount(events, 1, 1), 30000.0 * evictions,
                1e-6);
    EXPECT_NEAR(ledger.amount(events, 0, 0) + ledger.amount(events, 0, 1), 900.0 * evictions, 1e-6);
    EXPECT_NEAR(ledger.amount(2, 0, 0) + ledger.amount(2, 0, 1), 1100.0 * r.state_days[2], 1e-3);
}

TEST(ExitChoice, RelativeRiskIsATrueRelativeRisk) {
    // Eviction 0.2 with relative risk 0.5 becomes 0.1 exactly; the other exit takes the rest.
    const auto spec = eviction_chain();
    auto modifiers = model::usual_care(2);
    modifiers.relative_risk[1] = 0.5;
    const auto p = model::exit_probabilities(spec.exits[1], 0, std::nullopt, modifiers);
    EXPECT_NEAR(p[1], 0.1, 1e-12);
    EXPECT_NEAR(p[0], 0.9, 1e-12);
    EXPECT_EQ(model::choose_exit(spec.exits[1], 0, std::nullopt, modifiers, 0.5), 0U);
    EXPECT_EQ(model::choose_exit(spec.exits[1], 0, std::nullopt, modifiers, 0.95), 1U);
    EXPECT_EQ(model::choose_exit(spec.exits[1], 0, std::nullopt, modifiers, 0.89), 0U);
}

TEST(ExitChoice, UnchangedExitsShareTheRestAndImpossibleRisksRenormalise) {
    // A large exit (0.45) with relative risk 1.5 becomes 0.675; 0.45 and 0.1 share 0.325 as
    // 0.45 : 0.1. (Multiplying the weight and renormalising would give 0.675 / 1.225 = 0.55.)
    auto exits = eviction_chain().exits[1];
    exits.push_back(exits[0]);
    exits[0].probability = {0.45};
    exits[1].probability = {0.45};
    exits[2].probability = {0.1};
    auto modifiers = model::usual_care(3);
    modifiers.relative_risk[0] = 1.5;
    const auto p = model::exit_probabilities(exits, 0, std::nullopt, modifiers);
    EXPECT_NEAR(p[0], 0.675, 1e-12);
    EXPECT_NEAR(p[1], 0.325 * 0.45 / 0.55, 1e-12);
    EXPECT_NEAR(p[2], 0.325 * 0.1 / 0.55, 1e-12);
    // 0.45 x 2.5 would need more than everything: the weights are renormalised instead.
    modifiers.relative_risk[0] = 2.5;
    modifiers.relative_risk[1] = 1.0;
    const auto q = model::exit_probabilities(exits, 0, std::nullopt, modifiers);
    EXPECT_NEAR(q[0], 1.125 / 1.675, 1e-12);
    EXPECT_NEAR(q[0] + q[1] + q[2], 1.0, 1e-12);
}

TEST(ExitChoice, OnlyIfCameFromDropsTheExitOtherwise) {
    auto exits = eviction_chain().exits[1];
    exits[1].only_if_came_from = {2};
    const auto modifiers = model::usual_care(2);
    EXPECT_EQ(model::exit_probabilities(exits, 0, std::nullopt, modifiers)[1], 0.0);
    EXPECT_NEAR(model::exit_probabilities(exits, 0, 2, modifiers)[1], 0.2, 1e-12);
}

TEST(ExitChoice, ThresholdTablesChooseAsChooseExit) {
    // The model picks exits from tables made once per run (append_exit_thresholds): for any
    // probabilities, relative risks (zeros too) and uniform, the first threshold above u must
    // name choose_exit's exit, and past the last threshold the last candidate.
    kernel::RandomStream random({5, 0, 0, 0, 0});
    for (int trial = 0; trial < 500; ++trial) {
        std::vector<model::ExitSpec> exits(1 + trial % 5);
        model::ExitModifiers modifiers = model::usual_care(exits.size());
        for (std::size_t i = 0; i < exits.size(); ++i) {
            exits[i].probability = {random.uniform01() < 0.2 ? 0.0 : random.uniform01()};
            modifiers.relative_risk[i] = random.uniform01() < 0.2 ? 0.0 : 3 * random.uniform01();
        }
        std::vector<std::uint32_t> candidates;
        std::vector<double> thresholds;
        const std::size_t count =
            model::append_exit_thresholds(exits, 0, modifiers, candidates, thresholds);
        ASSERT_EQ(count, candidates.size());
        for (int k = 0; k < 50; ++k) {
            const double u = k == 0 ? std::nextafter(1.0, 0.0) : random.uniform01();
            const auto expected = model::choose_exit(exits, 0, std::nullopt, modifiers, u);
            std::optional<std::size_t> tabled;
            if (count > 0) {
                std::size_t j = 0;
                while (j + 1 < count && !(u < thresholds[j])) {
                    ++j;
                }
                tabled = candidates[j];
            }
            ASSERT_EQ(tabled, expected) << "trial " << trial << ", u " << u;
        }
    }
}

TEST(Distribution, QuantilesMatchTheirMeans) {
    // The mean of quantiles at a fine midpoint grid approximates the expectation.
    std::vector<model::Distribution> distributions{model::Distribution::exponential(30.0)};
    model::Distribution gamma;
    gamma.kind = model::DistributionKind::gamma;
    gamma.mean = 120.0;
    gamma.cv = 0.5;
    model::Distribution lognormal = gamma;
    lognormal.kind = model::DistributionKind::lognormal;
    model::Distribution weibull;
    weibull.kind = model::DistributionKind::weibull;
    weibull.mean = 200.0;
    weibull.shape = 1.5;
    distributions.insert(distributions.end(), {gamma, lognormal, weibull});
    for (const auto& d : distributions) {
        const int n = 200000;
        double sum = 0.0;
        for (int i = 0; i < n; ++i) {
            sum += d.quantile((i + 0.5) / n);
        }
        EXPECT_NEAR(sum / n, d.expected(), 0.01 * d.expected()) << model::to_string(d.kind);
    }
}
