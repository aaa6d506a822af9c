// The scenario's own measures (`indicators:`) as computed from one replication: by hand on a
// small result, and on a simulated replication against the counts the model already keeps.
#include "hcsim/analysis/metrics.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <cmath>
#include <gtest/gtest.h>

using namespace hcsim;
using scenario::Indicator;
using scenario::IndicatorMeasure;

namespace {

// Three states (0, 1, 2), two groups: group 0 moved 0->1 twice and 1->2 once, group 1 moved
// 0->1 once and 2->0 four times.
model::ReplicationResult small_result() {
    model::ReplicationResult r;
    r.transitions = {{0, 3, 0}, {0, 0, 1}, {4, 0, 0}};
    r.group_transitions.assign(2 * 3 * 3, 0);
    const auto set = [&](std::size_t g, std::size_t from, std::size_t to, std::uint64_t n) {
        r.group_transitions[(g * 3 + from) * 3 + to] = n;
    };
    set(0, 0, 1, 2);
    set(0, 1, 2, 1);
    set(1, 0, 1, 1);
    set(1, 2, 0, 4);
    r.placed_by_state = {10, 2, 0};
    r.served_by_state = {0, 3, 1};
    r.state_days = {1000.0, 250.0, 90.0};
    r.monthly_counts = {{9, 4, 1}, {8, 3, 2}};
    return r;
}

Indicator measure(IndicatorMeasure kind) {
    Indicator i; // indicator_value reads the measure and its fields, not the name
    i.measure = kind;
    return i;
}

} // namespace

TEST(IndicatorValues, EachMeasureByHand) {
    const auto r = small_result();
    auto count = measure(IndicatorMeasure::households_in);
    count.states = {1, 2};
    count.month = 1;
    EXPECT_EQ(analysis::indicator_value(count, r), 5.0) << "3 + 2 at the end of month 2";

    auto moves = measure(IndicatorMeasure::moves);
    moves.from = {0};
    moves.to = {1};
    EXPECT_EQ(analysis::indicator_value(moves, r), 3.0) << "both groups";
    moves.group = 1;
    EXPECT_EQ(analysis::indicator_value(moves, r), 1.0) << "group 1 only";
    auto into = measure(IndicatorMeasure::moves);
    into.to = {1, 2};
    EXPECT_EQ(analysis::indicator_value(into, r), 3.0) << "into {1, 2} from outside: 0->1 only";
    auto out_of = measure(IndicatorMeasure::moves);
    out_of.from = {2};
    EXPECT_EQ(analysis::indicator_value(out_of, r), 4.0) << "out of 2 to anywhere else";

    // Households through {1, 2}: 2 placed in 1, 3 moved in from 0 (1->2 stays inside).
    auto stay = measure(IndicatorMeasure::mean_stay_days);
    stay.states = {1, 2};
    EXPECT_DOUBLE_EQ(analysis::indicator_value(stay, r), (250.0 + 90.0) / 5.0);
    auto served = measure(IndicatorMeasure::share_served);
    served.states = {1, 2};
    EXPECT_DOUBLE_EQ(analysis::indicator_value(served, r), 4.0 / 5.0);
    served.states = {};
    EXPECT_TRUE(std::isnan(analysis::indicator_value(served, r))) << "no household: undefined";
}

TEST(IndicatorValues, ASimulatedReplicationAgreesWithTheModelsOwnCounts) {
    const auto s = scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2010-chain.yaml");
    const auto& spec = s.option("team_project_year").spec;
    const auto r = model::simulate_replication(spec, {7, 0});
    const auto training = *spec.find_state("training_flat");
    const auto trial = *spec.find_state("trial_flat");
    // Every group's moves add up to the model's transitions.
    auto moves = measure(IndicatorMeasure::moves);
    moves.from = {training};
    moves.to = {trial};
    EXPECT_EQ(analysis::indicator_value(moves, r),
              static_cast<double>(r.transitions[training][trial]));
    double by_group = 0.0;
    for (std::size_t g = 0; g < spec.groups.size(); ++g) {
        moves.group = g;
        by_group += analysis::indicator_value(moves, r);
    }
    EXPECT_EQ(by_group, static_cast<double>(r.transitions[training][trial]));
    EXPECT_GT(by_group, 0.0) << "the chain moves people on within three years";
    // The households placed are every household the run simulated.
    double placed = 0.0;
    for (const auto n : r.placed_by_state) {
        placed += static_cast<double>(n);
    }
    EXPECT_EQ(placed, static_cast<double>(r.households));
    // Staff places by state add up to the pools' places.
    double served = 0.0, pools = 0.0;
    for (const auto n : r.served_by_state) {
        served += static_cast<double>(n);
    }
    for (const auto& pool : r.staff) {
        pools += static_cast<double>(pool.served);
    }
    EXPECT_EQ(served, pools);
    EXPECT_GT(served, 0.0);
    // The catalogue writes each indicator as a metric under its name, after the others.
    analysis::MetricCatalogue catalogue(spec, {"district"}, {}, s.indicators);
    ASSERT_FALSE(s.indicators.empty());
    const auto summary = catalogue.summarise(spec, r);
    for (std::size_t i = 0; i < s.indicators.size(); ++i) {
        const std::size_t at = catalogue.index(s.indicators[i].name);
        EXPECT_EQ(at, catalogue.definitions().size() - s.indicators.size() + i);
        const auto& indicator = s.indicators[i];
        const double expected = indicator.measure == IndicatorMeasure::metric
                                    ? summary.metrics[catalogue.index(indicator.metric)]
                                    : analysis::indicator_value(indicator, r);
        EXPECT_EQ(summary.metrics[at], expected) << indicator.name;
        // One showing a yes/no metric is summarised as a share too (seed 004's no_child_evicted).
        const bool yes_or_no = indicator.measure == IndicatorMeasure::metric &&
                               indicator.metric == "no_evictions_with_children";
        EXPECT_EQ(catalogue.definitions()[at].yes_or_no, yes_or_no) << indicator.name;
    }
}
