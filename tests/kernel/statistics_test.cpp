#include "hcsim/kernel/statistics.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <utility>
#include <vector>

using namespace hcsim::kernel;

TEST(Tally, MeanAndSampleVariance) {
    Tally t;
    for (const double v : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) {
        t.add(v);
    }
    EXPECT_EQ(t.count(), 8U);
    EXPECT_DOUBLE_EQ(t.mean(), 5.0);
    EXPECT_NEAR(t.variance(), 32.0 / 7.0, 1e-12);
    EXPECT_DOUBLE_EQ(t.min(), 2.0);
    EXPECT_DOUBLE_EQ(t.max(), 9.0);
}

TEST(Tally, StableForLargeOffsets) {
    Tally t;
    for (int i = 0; i < 1000; ++i) {
        t.add(1e9 + (i % 2 == 0 ? 1.0 : -1.0));
    }
    EXPECT_NEAR(t.variance(), 1000.0 / 999.0, 1e-6);
}

TEST(TimeWeighted, IntegratesPiecewiseConstantLevel) {
    TimeWeighted level(0.0, 0.0);
    level.set(1.0, 2.0); // 0 on [0,1)
    level.set(4.0, 1.0); // 2 on [1,4)
    level.add(6.0, 3.0); // 1 on [4,6), then 4
    EXPECT_DOUBLE_EQ(level.integral(10.0), 0.0 + 6.0 + 2.0 + 16.0);
    EXPECT_DOUBLE_EQ(level.mean(10.0), 2.4);
    EXPECT_DOUBLE_EQ(level.max(), 4.0);
}

TEST(ConfidenceInterval, MatchesStudentTTable) {
    // n = 5, mean 3, sd = sqrt(2.5); t(0.975, 4) = 2.7764451.
    const std::vector<double> values{1.0, 2.0, 3.0, 4.0, 5.0};
    const auto ci = mean_confidence_interval(values);
    EXPECT_DOUBLE_EQ(ci.mean, 3.0);
    EXPECT_NEAR(ci.half_width(), 2.7764451 * std::sqrt(2.5 / 5.0), 1e-6);
    EXPECT_EQ(ci.count, 5U);
}

TEST(ConfidenceInterval, SingleValueCollapses) {
    const std::vector<double> values{4.2};
    const auto ci = mean_confidence_interval(values);
    EXPECT_DOUBLE_EQ(ci.low, 4.2);
    EXPECT_DOUBLE_EQ(ci.high, 4.2);
}

TEST(ConfidenceInterval, RejectsBadLevel) {
    const std::vector<double> values{1.0, 2.0};
    EXPECT_THROW((void)mean_confidence_interval(values, 1.5), std::invalid_argument);
}

// Wilson score interval. Its bounds are the roots in pi of (p - pi)^2 = z^2 pi (1 - pi) / n,
// which the tests check directly, with z = 1.959964 (the 97.5th normal percentile).
namespace {
constexpr double z95 = 1.959963984540054;
double wilson_residual(double pi, double p, double n) {
    return (p - pi) * (p - pi) - z95 * z95 * pi * (1.0 - pi) / n;
}
} // namespace

TEST(ProportionInterval, BoundsSolveTheScoreEquation) {
    for (const auto& [yes, n] : {std::pair{1U, 200U}, {37U, 200U}, {199U, 200U}, {3U, 10U}}) {
        const auto ci = proportion_confidence_interval(yes, n);
        const double p = static_cast<double>(yes) / n;
        EXPECT_DOUBLE_EQ(ci.mean, p);
        EXPECT_NEAR(wilson_residual(ci.low, p, n), 0.0, 1e-12) << yes << " of " << n;
        EXPECT_NEAR(wilson_residual(ci.high, p, n), 0.0, 1e-12) << yes << " of " << n;
        EXPECT_LT(ci.low, p);
        EXPECT_GT(ci.high, p);
        EXPECT_EQ(ci.count, n);
    }
}

TEST(ProportionInterval, StaysWithinZeroAndOneAtTheEdges) {
    // 0 of n: [0, z^2 / (n + z^2)]; the t-interval would be [0, 0] there, and below 0 at 1 of n.
    const auto none = proportion_confidence_interval(0, 200);
    EXPECT_DOUBLE_EQ(none.low, 0.0);
    EXPECT_NEAR(none.high, z95 * z95 / (200.0 + z95 * z95), 1e-12);
    const auto all = proportion_confidence_interval(200, 200);
    EXPECT_DOUBLE_EQ(all.high, 1.0);
    EXPECT_NEAR(all.low, 200.0 / (200.0 + z95 * z95), 1e-12);
    const auto one = proportion_confidence_interval(1, 200);
    EXPECT_GT(one.low, 0.0);
}

TEST(ProportionInterval, RejectsImpossibleCountsAndGivesNanWithoutOutcomes) {
    EXPECT_THROW((void)proportion_confidence_interval(3, 2), std::invalid_argument);
    EXPECT_THROW((void)proportion_confidence_interval(1, 2, 0.0), std::invalid_argument);
    EXPECT_TRUE(std::isnan(proportion_confidence_interval(0, 0).mean));
}
