#include "hcsim/kernel/random.hpp"

#include <boost/random/uniform_real_distribution.hpp>
#include <cmath>
#include <gtest/gtest.h>
#include <vector>

using namespace hcsim::kernel;

namespace {
std::vector<std::uint64_t> draws(const StreamKey& key, int n) {
    RandomStream stream(key);
    std::vector<std::uint64_t> out;
    for (int i = 0; i < n; ++i) {
        out.push_back(stream());
    }
    return out;
}
} // namespace

TEST(RandomStream, SameKeySameDraws) {
    const StreamKey key{42, 3, 1, 77, 0};
    EXPECT_EQ(draws(key, 11), draws(key, 11));
}

TEST(RandomStream, EveryKeyFieldChangesTheStream) {
    const StreamKey base{42, 3, 1, 77, 0};
    const auto reference = draws(base, 8);
    StreamKey k = base;
    k.seed = 43;
    EXPECT_NE(draws(k, 8), reference);
    k = base;
    k.replication = 4;
    EXPECT_NE(draws(k, 8), reference) << "replications must get different streams";
    k = base;
    k.purpose = 2;
    EXPECT_NE(draws(k, 8), reference);
    k = base;
    k.entity = 78;
    EXPECT_NE(draws(k, 8), reference);
    k = base;
    k.substream = 1;
    EXPECT_NE(draws(k, 8), reference);
}

TEST(RandomStream, EntityDrawsDoNotDependOnOtherEntities) {
    // Entity 5's draws are the same whether or not entities 0..4 drew before it: streams are
    // functions of their key, not of a shared engine's position.
    const auto alone = draws({7, 0, 1, 5, 0}, 6);
    for (std::uint64_t other = 0; other < 5; ++other) {
        (void)draws({7, 0, 1, other, 0}, 100);
    }
    EXPECT_EQ(draws({7, 0, 1, 5, 0}, 6), alone);
}

TEST(RandomStream, UniformsAreOpenAndWellSpread) {
    RandomStream stream({1, 0, 0, 0, 0});
    double sum = 0.0;
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
        const double u = stream.uniform01();
        ASSERT_GT(u, 0.0);
        ASSERT_LT(u, 1.0);
        sum += u;
    }
    // Mean of U(0,1) has sd sqrt(1/12/n) = 0.000913; 4.5 sd bound for a fixed seed.
    EXPECT_NEAR(sum / n, 0.5, 4.5 * std::sqrt(1.0 / 12.0 / n));
    EXPECT_GT(bits_to_open_unit(0), 0.0);
    EXPECT_LT(bits_to_open_unit(~0ULL), 1.0);
}

TEST(RandomStream, WorksWithBoostDistributions) {
    RandomStream a({9, 1, 2, 3, 4});
    RandomStream b({9, 1, 2, 3, 4});
    boost::random::uniform_real_distribution<double> dist(10.0, 20.0);
    for (int i = 0; i < 10; ++i) {
        const double x = dist(a);
        EXPECT_EQ(x, dist(b));
        EXPECT_GE(x, 10.0);
        EXPECT_LT(x, 20.0);
    }
}
