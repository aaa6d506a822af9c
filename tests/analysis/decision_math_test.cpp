// The numeric pieces of the decision analysis against hand-computed cases.
#include "hcsim/analysis/frontier.hpp"
#include "hcsim/analysis/global_sensitivity.hpp"
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/parameter_sampling.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/analysis/value_of_information.hpp"
#include "hcsim/kernel/random.hpp"

#include <cmath>
#include <gtest/gtest.h>

using namespace hcsim::analysis;

namespace {

DrawOutcome money(double delta_cost, double prevented) {
    DrawOutcome d;
    d.delta_cost_tkr = delta_cost;
    d.evictions_prevented = prevented;
    return d;
}

double sample_sd(const std::vector<double>& v) {
    double mean = 0.0;
    for (const double x : v) {
        mean += x;
    }
    mean /= static_cast<double>(v.size());
    double ss = 0.0;
    for (const double x : v) {
        ss += (x - mean) * (x - mean);
    }
    return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

} // namespace

TEST(Acceptability, ShareOfDrawsWithPositiveNetBenefit) {
    // NB = lambda * prevented - cost. At 0: -200, -100, 100, 50 (2 of 4 positive);
    // at 100 tkr: 100, 0 (not above 0), 100, 250 (3 of 4).
    const std::vector<DrawOutcome> draws{money(200, 3), money(100, 1), money(-100, 0),
                                         money(-50, 2)};
    EXPECT_DOUBLE_EQ(probability_net_benefit_positive(draws, 0.0), 0.5);    // draws 3, 4
    EXPECT_DOUBLE_EQ(probability_net_benefit_positive(draws, 100.0), 0.75); // 100, 0, 100, 250
    EXPECT_DOUBLE_EQ(probability_net_benefit_positive(draws, 1000.0), 1.0);
    EXPECT_DOUBLE_EQ(probability_saves_money(draws), 0.5);
    EXPECT_DOUBLE_EQ(probability_prevents_an_eviction(draws), 0.75);
}

TEST(ValueOfInformation, TwoOptionExample) {
    // At lambda 0, NB = -cost. A: +10, -10 (mean 0); B: -4, +6 (mean 1); baseline 0.
    // Perfect information picks A in draw 1 (10) and B in draw 2 (6): mean 8.
    // Without it, B is best on average (1). EVPI = 8 - 1 = 7.
    const std::vector<std::vector<DrawOutcome>> outcomes{{money(-10, 0), money(10, 0)},
                                                         {money(4, 0), money(-6, 0)}};
    EXPECT_DOUBLE_EQ(expected_value_of_perfect_information(outcomes, 0.0), 7.0);
    const auto best = probability_best(outcomes, 0.0);
    ASSERT_EQ(best.size(), 3U);
    EXPECT_DOUBLE_EQ(best[0], 0.5);
    EXPECT_DOUBLE_EQ(best[1], 0.5);
    EXPECT_DOUBLE_EQ(best[2], 0.0);
    // At lambda 10 with A preventing 2 in each draw: A = 30, 10 and B unchanged -> A always
    // best, no value in knowing more.
    const std::vector<std::vector<DrawOutcome>> clear{{money(-10, 2), money(10, 2)},
                                                      {money(4, 0), money(-6, 0)}};
    EXPECT_DOUBLE_EQ(expected_value_of_perfect_information(clear, 10.0), 0.0);
}

TEST(ValueOfInformation, OneOptionAgainstBaseline) {
    // A: NB +30 or -10. Perfect information: (30 + 0) / 2 = 15; mean NB 10 -> EVPI 5.
    const std::vector<std::vector<DrawOutcome>> outcomes{{money(-30, 0), money(10, 0)}};
    EXPECT_DOUBLE_EQ(expected_value_of_perfect_information(outcomes, 0.0), 5.0);
}

TEST(ValueOfInformation, LambdaGrid) {
    const auto grid = lambda_grid(1000.0, 10.0);
    ASSERT_EQ(grid.size(), 101U);
    EXPECT_DOUBLE_EQ(grid.front(), 0.0);
    EXPECT_DOUBLE_EQ(grid.back(), 1000.0);
    EXPECT_THROW((void)lambda_grid(10.0, 0.0), std::invalid_argument);
}

TEST(GlobalSensitivity, StandardisedCoefficientsOfAnExactLinearModel) {
    // y = 3 x1 - 2 x2 + 0 x3 with independent uniform inputs: the SRC of input j is
    // b_j sd(x_j) / sd(y) exactly, and R^2 = 1.
    hcsim::kernel::RandomStream stream({7, 0, 0, 0, 0});
    std::vector<std::vector<double>> x;
    std::vector<double> y, x1, x2;
    for (int i = 0; i < 200; ++i) {
        const double a = stream.uniform01();
        const double b = 10.0 * stream.uniform01();
        const double c = stream.uniform01();
        x.push_back({a, b, c});
        x1.push_back(a);
        x2.push_back(b);
        y.push_back(3.0 * a - 2.0 * b + 5.0);
    }
    const auto s = global_sensitivity(x, y);
    EXPECT_NEAR(s.src[0], 3.0 * sample_sd(x1) / sample_sd(y), 1e-9);
    EXPECT_NEAR(s.src[1], -2.0 * sample_sd(x2) / sample_sd(y), 1e-9);
    EXPECT_NEAR(s.src[2], 0.0, 1e-9);
    EXPECT_NEAR(s.r_squared, 1.0, 1e-9);
    // y is an exact monotone function of (x1, x2): partial rank correlations are strong and
    // signed, the unused input's is within sampling noise (|r| < 3 / sqrt(200) ~ 0.21).
    EXPECT_GT(s.prcc[0], 0.8);
    EXPECT_LT(s.prcc[1], -0.8);
    EXPECT_LT(std::abs(s.prcc[2]), 0.21);
}

TEST(GlobalSensitivity, ConstantInputGetsZeroAndTooFewDrawsThrow) {
    const std::vector<std::vector<double>> x{{1, 5}, {2, 5}, {3, 5}, {4, 5}};
    const std::vector<double> y{2, 4, 6, 8.5};
    const auto s = global_sensitivity(x, y);
    EXPECT_EQ(s.src[1], 0.0);
    EXPECT_EQ(s.prcc[1], 0.0);
    EXPECT_GT(s.src[0], 0.99);
    EXPECT_THROW((void)global_sensitivity({{1, 2}, {2, 3}}, {1, 2}), std::invalid_argument);
}

TEST(GlobalSensitivity, RanksShareTies) {
    const auto r = ranks({10, 30, 20, 30});
    EXPECT_EQ(r, (std::vector<double>{1, 3.5, 2, 3.5}));
}

TEST(Frontier, MadeUpGrid) {
    // O baseline (0,0); A (40,1): slope 40 from O; B (140,3): slope 50 from A; D (200,2) is
    // dominated by B; E (300,3.5): slope 320 from B but only 200 from E to C, so a mix of B
    // and C beats it (extended dominance); C (400,4): slope 260 from B.
    const std::vector<CostEffectPoint> points{{0, 0},   {40, 1},    {140, 3},
                                              {200, 2}, {300, 3.5}, {400, 4}};
    const auto on = efficient_frontier(points);
    EXPECT_EQ(on, (std::vector<bool>{true, true, true, false, false, true}));
    EXPECT_DOUBLE_EQ(*marginal_cost_per_eviction_prevented(points[1], points[2]), 50.0);
    EXPECT_FALSE(marginal_cost_per_eviction_prevented(points[2], points[3]).has_value());
    // Net benefit at 100 tkr per eviction: A 60, B 160, D 0, E 50, C 0 -> B (index 2).
    EXPECT_EQ(best_point(points, 100.0), std::optional<std::size_t>(2));
    // At 0 nothing beats doing nothing (O itself has net benefit 0, not above it).
    EXPECT_FALSE(best_point({{40, 1}, {140, 3}}, 0.0).has_value());
}

TEST(Frontier, SavingPointDominatesTheBaseline) {
    // A point that saves money and prevents evictions dominates the baseline.
    const auto on = efficient_frontier({{0, 0}, {-10, 1}, {50, 2}});
    EXPECT_EQ(on, (std::vector<bool>{false, true, true}));
}

TEST(Sweep, ParseGrid) {
    EXPECT_EQ(parse_grid("0:2:0.5"), (std::vector<double>{0, 0.5, 1, 1.5, 2}));
    EXPECT_EQ(parse_grid("1:2:0.3").size(), 4U); // 1, 1.3, 1.6, 1.9
    EXPECT_EQ(parse_grid("3"), (std::vector<double>{3}));
    EXPECT_THROW((void)parse_grid("0:5"), GridError);
    EXPECT_THROW((void)parse_grid("0:5:0"), GridError);
    EXPECT_THROW((void)parse_grid("a:5:1"), GridError);
    EXPECT_THROW((void)parse_grid("5:0:1"), GridError);
}

TEST(Sweep, FrontierAndMarginalCostOnAMadeUpGrid) {
    // One role, FTE 1..4: cost 100, 150, 260, 420; prevented 2, 4, 5, 5.5.
    // Steps: 1->2 costs 50 for 2 more (25 each); 2->3 110 for 1 (110); 3->4 160 for 0.5 (320).
    std::vector<SweepPoint> points;
    const double cost[] = {100, 150, 260, 420};
    const double prevented[] = {2, 4, 5, 5.5};
    for (int i = 0; i < 4; ++i) {
        points.push_back({"team", {i + 1.0}, money(cost[i], prevented[i]), false, {}, {}, {}});
    }
    mark_frontier_and_margins(points, 1);
    EXPECT_FALSE(points[0].marginal_cost_per_eviction_prevented[0].has_value());
    EXPECT_DOUBLE_EQ(*points[1].marginal_cost_per_eviction_prevented[0], 25.0);
    EXPECT_DOUBLE_EQ(*points[2].marginal_cost_per_eviction_prevented[0], 110.0);
    EXPECT_DOUBLE_EQ(*points[3].marginal_cost_per_eviction_prevented[0], 320.0);
    EXPECT_DOUBLE_EQ(points[3].marginal_cost_tkr[0], 160.0);
    // From the baseline: 1 FTE costs 50 per eviction, 2 FTE 37.5 -> 1 FTE is extendedly
    // dominated; 2, 3, 4 FTE have rising slopes 37.5, 110, 320.
    EXPECT_FALSE(points[0].on_frontier);
    EXPECT_TRUE(points[1].on_frontier);
    EXPECT_TRUE(points[2].on_frontier);
    EXPECT_TRUE(points[3].on_frontier);
}

TEST(BreakEven, ScalingAndRoot) {
    const std::vector<EffectField> effects{{"a.relative_risk", 0.6, 0.01, 10.0},
                                           {"b.delay_factor", 1.5, 0.1, 3.0}};
    const auto at_half = scaled_effects(effects, 0.5);
    EXPECT_DOUBLE_EQ(at_half.at("a.relative_risk"), 0.8);
    EXPECT_DOUBLE_EQ(at_half.at("b.delay_factor"), 1.25);
    // a: (0.01 - 1) / -0.4 = 2.475; b: (3 - 1) / 0.5 = 4; cap 5 -> 2.475.
    EXPECT_DOUBLE_EQ(largest_allowed_multiplier(effects, 5.0), 2.475);
    // f(x) = 1.3 - x: root 1.3; bisection interval 4 / 8 / 2^10 wide.
    const auto root = first_root([](double x) { return 1.3 - x; }, 4.0, 8, 10);
    ASSERT_TRUE(root.has_value());
    EXPECT_NEAR(*root, 1.3, 4.0 / 8.0 / 1024.0);
    EXPECT_GE(*root, 1.3);
    EXPECT_FALSE(first_root([](double) { return 1.0; }, 4.0, 8, 10).has_value());
    EXPECT_EQ(first_root([](double) { return -1.0; }, 4.0, 8, 10), std::optional<double>(0.0));
}

TEST(ParameterSampling, DrawsArePureFunctionsOfSeedDrawAndField) {
    const auto uniform = [](double p) { return 10.0 + 10.0 * p; };
    const std::vector<UncertainInput> two{{"x", 15.0, uniform, ""}, {"y", 15.0, uniform, ""}};
    const std::vector<UncertainInput> only_y{{"y", 15.0, uniform, ""}};
    const auto a = sample_inputs(two, 42, 3);
    EXPECT_EQ(a, sample_inputs(two, 42, 3));
    EXPECT_EQ(a[1], sample_inputs(only_y, 42, 3)[0]); // y's draw ignores x's presence
    EXPECT_NE(a[0], a[1]);
    EXPECT_NE(a, sample_inputs(two, 42, 4));
    EXPECT_NE(a, sample_inputs(two, 43, 3));
    for (const double v : a) {
        EXPECT_GT(v, 10.0);
        EXPECT_LT(v, 20.0);
    }
    const auto overrides = as_overrides(two, a);
    EXPECT_EQ(overrides.at("x"), a[0]);
}

TEST(ParameterSampling, UniformsAreUniform) {
    // Mean of 4000 U(0,1) draws: sd 0.289 / sqrt(4000) = 0.0046; 4 sd = 0.018.
    double sum = 0.0;
    for (std::size_t d = 0; d < 4000; ++d) {
        sum += parameter_uniform(5, d, "field");
    }
    EXPECT_NEAR(sum / 4000.0, 0.5, 0.018);
}
