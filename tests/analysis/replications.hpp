#pragma once
// Runs a ModelSpec over many replications and checks a simulated mean against an exact value
// with a Student-t interval over replications.
#include "hcsim/kernel/statistics.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <functional>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace hcsim::test {

inline std::vector<model::ReplicationResult>
replicate(const model::ModelSpec& spec, std::uint64_t seed, std::size_t replications) {
    std::vector<model::ReplicationResult> results;
    results.reserve(replications);
    for (std::size_t r = 0; r < replications; ++r) {
        results.push_back(model::simulate_replication(spec, {seed, r}));
    }
    return results;
}

// Collects the simulated means to compare and checks them together. Each interval has level
// 1 - 0.01 / checks (Bonferroni), so the whole family of checks of one scenario holds with
// 99% confidence: a correct model fails a family at most 1% of the time, and the fixed seeds
// make the outcome reproducible.
class MeanChecks {
public:
    void add(std::string what, double exact, std::vector<double> simulated) {
        checks_.push_back({std::move(what), exact, std::move(simulated)});
    }

    void expect_all_within() const {
        ASSERT_FALSE(checks_.empty());
        const double level = 1.0 - 0.01 / static_cast<double>(checks_.size());
        for (const Check& check : checks_) {
            const auto ci = kernel::mean_confidence_interval(check.simulated, level);
            if (ci.half_width() == 0.0) {
                EXPECT_NEAR(ci.mean, check.exact, 1e-9) << check.what;
                continue;
            }
            EXPECT_TRUE(check.exact >= ci.low && check.exact <= ci.high)
                << check.what << ": analytic " << check.exact << ", simulated mean " << ci.mean
                << " with " << level * 100.0 << "% interval [" << ci.low << ", " << ci.high
                << "] over " << ci.count << " replications";
        }
    }

    [[nodiscard]] std::size_t size() const noexcept { return checks_.size(); }

private:
    struct Check {
        std::string what;
        double exact;
        std::vector<double> simulated;
    };
    std::vector<Check> checks_;
};

inline std::vector<double>
per_replication(const std::vector<model::ReplicationResult>& results,
                const std::function<double(const model::ReplicationResult&)>& value) {
    std::vector<double> values;
    values.reserve(results.size());
    for (const auto& result : results) {
        values.push_back(value(result));
    }
    return values;
}

} // namespace hcsim::test
