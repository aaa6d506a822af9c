// The simulation against the analytic Markov model on chains it covers exactly: each
// simulated mean (households per state at month ends, household-days, moves, evictions per
// year) must hold the analytic value within its interval (see MeanChecks for the level).
#include "../model/toy_models.hpp"
#include "hcsim/analysis/analytic.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "replications.hpp"

#include <gtest/gtest.h>
#include <random>

using namespace hcsim;

namespace {

constexpr std::size_t replications = 300;

void expect_simulation_matches_analytic(const model::ModelSpec& spec, std::uint64_t seed) {
    const analysis::AnalyticResults exact = analysis::analyse(spec);
    const auto runs = test::replicate(spec, seed, replications);
    test::MeanChecks checks;
    const std::size_t months = spec.months();
    for (std::size_t month : {std::size_t{3}, std::size_t{12}, months}) {
        for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
            checks.add("households in " + spec.states[s].name + " at the end of month " +
                           std::to_string(month),
                       exact.monthly_households[month - 1][s],
                       test::per_replication(runs, [&](const model::ReplicationResult& r) {
                           return static_cast<double>(r.monthly_counts[month - 1][s]);
                       }));
        }
    }
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        checks.add("household-days in " + spec.states[s].name, exact.state_days[s],
                   test::per_replication(
                       runs, [&](const model::ReplicationResult& r) { return r.state_days[s]; }));
        for (model::StateIndex d = 0; d < spec.states.size(); ++d) {
            double expected_moves = 0.0;
            for (const auto& month : exact.monthly_moves) {
                expected_moves += month[s][d];
            }
            if (expected_moves > 0.0) {
                checks.add("moves " + spec.states[s].name + " -> " + spec.states[d].name,
                           expected_moves,
                           test::per_replication(runs, [&](const model::ReplicationResult& r) {
                               return static_cast<double>(r.transitions[s][d]);
                           }));
            }
        }
    }
    for (std::size_t y = 0; y < spec.years(); ++y) {
        checks.add("evictions in year " + std::to_string(y + 1), exact.evictions_by_year[y],
                   test::per_replication(runs, [&](const model::ReplicationResult& r) {
                       return static_cast<double>(r.evictions_by_year[y]);
                   }));
    }
    checks.expect_all_within();
}

// A chain drawn at random (fixed seed): two groups, five transient states with two or three
// exponential exits each, an absorbing state and an own lease some returners leave again.
model::ModelSpec random_chain(std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const std::size_t groups = 2;
    const std::size_t transient = 5;
    model::ModelSpec spec;
    spec.groups = {{"adult", 0.0, {}}, {"family", 2.0, {}}};
    spec.group_rank = {0, 0};
    spec.payers = {"district"};
    spec.states.push_back(test::state("own_lease", model::StateKind::housed, 0.0, groups));
    for (std::size_t s = 0; s < transient; ++s) {
        spec.states.push_back(
            test::state("state_" + std::to_string(s + 1), model::StateKind::acute, 0.0, groups));
    }
    const model::StateIndex gone = spec.states.size();
    spec.states.push_back(test::state("left_area", model::StateKind::absorbing, 0.0, groups));
    spec.own_lease = 0;
    spec.exits.resize(spec.states.size());
    for (model::StateIndex s = 1; s <= transient; ++s) {
        const std::size_t count = 2 + static_cast<std::size_t>(unit(random) * 2.0);
        std::vector<double> weights;
        for (std::size_t i = 0; i < count; ++i) {
            weights.push_back(0.2 + unit(random));
        }
        double total = 0.0;
        for (const double w : weights) {
            total += w;
        }
        for (std::size_t i = 0; i < count; ++i) {
            // The first exit ends the chain (own lease or away); the others move within it.
            const model::StateIndex to =
                i == 0 ? (unit(random) < 0.6 ? 0 : gone)
                       : 1 + static_cast<model::StateIndex>(unit(random) * transient);
            auto exit = test::exit_to("exit_" + std::to_string(i + 1), to, weights[i] / total,
                                      model::Distribution::exponential(20.0 + 180.0 * unit(random)),
                                      groups);
            exit.probability[1] = exit.probability[0]; // same split, different delay
            exit.delay[1] = model::Distribution::exponential(30.0 + 150.0 * unit(random));
            exit.eviction = i == 1;
            spec.exits[s].push_back(std::move(exit));
        }
    }
    auto threat =
        test::exit_to("new_threat", 1, 0.3, model::Distribution::exponential(200.0), groups);
    threat.only_if_came_from = {2, 3};
    spec.exits[0] = {threat, test::exit_to("settled", std::nullopt, 0.7,
                                           model::Distribution::exponential(1.0), groups)};
    for (model::StateIndex into : {model::StateIndex{1}, model::StateIndex{3}}) {
        model::ArrivalSpec arrival;
        arrival.into = into;
        arrival.per_year = {50.0 + 100.0 * unit(random), 20.0 + 40.0 * unit(random)};
        spec.arrivals.push_back(arrival);
    }
    spec.initial = {{2, 0, 15}, {4, 1, 8}};
    spec.horizon_days = 2 * model::days_per_year;
    return spec;
}

} // namespace

TEST(SimulationMatchesAnalytic, EvictionChain) {
    expect_simulation_matches_analytic(test::eviction_chain(), 11);
}

TEST(SimulationMatchesAnalytic, EvictionChainWithFamilies) {
    expect_simulation_matches_analytic(test::eviction_chain(true), 12);
}

TEST(SimulationMatchesAnalytic, RandomChains) {
    for (std::uint64_t seed : {101, 202, 303}) {
        SCOPED_TRACE("random chain " + std::to_string(seed));
        expect_simulation_matches_analytic(random_chain(seed), seed);
    }
}

TEST(SimulationMatchesAnalytic, HandWrittenScenarioWithTrendAndSeasonality) {
    const auto scenario =
        scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/checks/uncapacitated-chain.yaml");
    expect_simulation_matches_analytic(scenario.option("do_nothing").spec, scenario.seed);
}
