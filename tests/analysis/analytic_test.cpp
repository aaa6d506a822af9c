// The analytic model against values derived by hand, and its refusals.
#include "../model/toy_models.hpp"
#include "hcsim/analysis/analytic.hpp"

#include <cmath>
#include <gtest/gtest.h>

using namespace hcsim;
using hcsim::test::eviction_chain;

namespace {

// shelter only: Poisson arrivals at `per_year`, exponential stays of `mean_days` to left_area.
model::ModelSpec infinite_server(double per_year, double mean_days, std::uint32_t initial) {
    model::ModelSpec spec;
    spec.groups = {{"adult", 0.0, {}}};
    spec.group_rank = {0};
    spec.payers = {"district"};
    spec.states = {test::state("shelter", model::StateKind::acute),
                   test::state("left_area", model::StateKind::absorbing)};
    spec.exits = {{test::exit_to("left", 1, 1.0, model::Distribution::exponential(mean_days))}, {}};
    model::ArrivalSpec arrival;
    arrival.into = 0;
    arrival.per_year = {per_year};
    spec.arrivals = {arrival};
    spec.initial = {{0, 0, initial}};
    spec.horizon_days = 2 * model::days_per_year;
    return spec;
}

} // namespace

TEST(AnalyticModel, InfiniteServerQueueMatchesItsClosedForm) {
    // E N(t) = N0 e^{-t/m} + lambda m (1 - e^{-t/m}) for M/M/infinity started with N0.
    const double per_day = 100.0 / model::days_per_year;
    const double mean = 60.0;
    const auto r = analysis::analyse(infinite_server(100.0, mean, 30));
    for (std::size_t month = 0; month < r.monthly_households.size(); ++month) {
        const double t = static_cast<double>(month + 1) * model::days_per_month;
        const double decay = std::exp(-t / mean);
        EXPECT_NEAR(r.monthly_households[month][0], 30.0 * decay + per_day * mean * (1 - decay),
                    1e-9)
            << "month " << month + 1;
    }
    ASSERT_TRUE(r.steady_state);
    EXPECT_NEAR(r.steady_state->households[0], per_day * mean, 1e-9);
    EXPECT_NEAR(r.steady_state->accumulation_per_year[1], 100.0, 1e-9);
    EXPECT_TRUE(std::isnan(r.steady_state->households[1])) << "left_area grows without bound";
}

TEST(AnalyticModel, EvictionChainAbsorptionByHand) {
    // at_risk: 0.8 resolved (45 d) to own_lease, 0.2 evicted (60 d) to shelter;
    // shelter: 0.6 housed (120 d) to own_lease, 0.4 left (90 d) to left_area.
    const auto spec = eviction_chain();
    const auto r = analysis::analyse(spec);
    ASSERT_FALSE(r.fates.empty());
    const analysis::EntryFate* at_risk = nullptr;
    const analysis::EntryFate* shelter = nullptr;
    for (const auto& fate : r.fates) {
        (fate.state == 1 ? at_risk : shelter) = &fate;
    }
    ASSERT_NE(at_risk, nullptr);
    ASSERT_NE(shelter, nullptr);
    EXPECT_NEAR(at_risk->absorbed_in[0], 0.8 + 0.2 * 0.6, 1e-12);
    EXPECT_NEAR(at_risk->absorbed_in[3], 0.2 * 0.4, 1e-12);
    EXPECT_NEAR(at_risk->expected_days_to_absorption,
                0.8 * 45.0 + 0.2 * (60.0 + 0.6 * 120.0 + 0.4 * 90.0), 1e-9);
    EXPECT_NEAR(shelter->expected_days_to_absorption, 0.6 * 120.0 + 0.4 * 90.0, 1e-9);
    ASSERT_TRUE(r.steady_state);
    // Steady state: 200 threats a year, 20% evicted after their delay.
    EXPECT_NEAR(r.steady_state->evictions_per_year, 200.0 * 0.2, 1e-9);
    EXPECT_NEAR(r.steady_state->households[1], 200.0 / model::days_per_year * (0.8 * 45 + 0.2 * 60),
                1e-9);
}

TEST(AnalyticModel, OnlyIfCameFromChangesTheFateOfReturningHouseholds) {
    auto spec = eviction_chain();
    // own_lease: households who came from shelter face a new threat with p 0.5, others stay.
    auto threat = test::exit_to("new_threat", 1, 0.5, model::Distribution::exponential(100.0));
    threat.only_if_came_from = {2};
    spec.exits[0] = {
        threat, test::exit_to("settled", std::nullopt, 0.5, model::Distribution::exponential(1.0))};
    const auto r = analysis::analyse(spec);
    for (const auto& fate : r.fates) {
        if (fate.state != 1) {
            continue;
        }
        // p = P(left) from at_risk: eviction, then either left, or housed and threatened again.
        // p = 0.2 * (0.4 + 0.6 * 0.5 * p)  =>  p = 0.08 / (1 - 0.06)
        EXPECT_NEAR(fate.absorbed_in[3], 0.08 / 0.94, 1e-12);
    }
}

TEST(AnalyticModel, RefusesCapacityAndNonExponentialDelaysNamingThem) {
    auto capacitated = eviction_chain();
    capacitated.states[2].capacity = 5;
    try {
        (void)analysis::analyse(capacitated);
        FAIL() << "a capacity must be refused";
    } catch (const analysis::AnalyticUnsupported& e) {
        EXPECT_NE(std::string(e.what()).find("state shelter has capacity 5"), std::string::npos)
            << e.what();
    }
    auto gamma = eviction_chain();
    model::Distribution gamma_delay;
    gamma_delay.kind = model::DistributionKind::gamma;
    gamma_delay.mean = 60.0;
    gamma_delay.cv = 0.5;
    gamma.exits[1][1].delay[0] = gamma_delay;
    try {
        (void)analysis::analyse(gamma);
        FAIL() << "a gamma delay must be refused";
    } catch (const analysis::AnalyticUnsupported& e) {
        EXPECT_NE(std::string(e.what()).find("exit at_risk.evicted"), std::string::npos)
            << e.what();
    }
    const auto approximate = analysis::analyse(gamma, {true});
    ASSERT_EQ(approximate.notes.size(), 1U);
    // Absorption depends on delays only through their means: unchanged by the approximation.
    const auto exact = analysis::analyse(eviction_chain());
    EXPECT_NEAR(approximate.fates[0].absorbed_in[3], exact.fates[0].absorbed_in[3], 1e-12);
}

TEST(AnalyticModel, RefusesActiveStaffEffects) {
    auto spec = eviction_chain();
    spec.staff = {test::prevention_pool(1.0, 0.5)};
    EXPECT_THROW((void)analysis::analyse(spec), analysis::AnalyticUnsupported);
}
