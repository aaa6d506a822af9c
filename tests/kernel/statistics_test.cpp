#include "hcsim/kernel/statistics.hpp"

#include <cmath>
#include <gtest/gtest.h>
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
