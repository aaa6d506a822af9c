#include "hcsim/analysis/detail/byte_codec.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/analysis/replication_codec.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/report/writers.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace hcsim;

namespace {

const std::string scenarios = HCSIM_SOURCE_DIR "/scenarios/";

} // namespace

TEST(ReplicationCodec, RealSummariesSurviveTheTripBitForBit) {
    // What a distributed run moves between processes: the tables built from decoded
    // summaries must equal the tables built from the originals, byte for byte.
    const auto s = scenario::load_scenario(scenarios + "norrmalm-2018-bolots.yaml");
    analysis::RunSettings settings;
    settings.replications = 6;
    settings.seed = 7;
    const auto original = analysis::run_experiment(s, settings);
    auto copy = original;
    for (auto& option : copy.options) {
        for (auto& r : option.replications) {
            const auto decoded = analysis::decode_summary(analysis::encode_summary(r));
            // Every field survives; NaN != NaN, so undefined metrics are compared by position.
            auto decoded_defined = decoded;
            auto original_defined = r;
            ASSERT_EQ(decoded.metrics.size(), r.metrics.size());
            for (std::size_t m = 0; m < r.metrics.size(); ++m) {
                EXPECT_EQ(std::isnan(decoded.metrics[m]), std::isnan(r.metrics[m]));
                if (std::isnan(r.metrics[m])) {
                    decoded_defined.metrics[m] = original_defined.metrics[m] = 0.0;
                }
            }
            EXPECT_EQ(decoded_defined, original_defined);
            EXPECT_GT(decoded.households, 0U);
            r = decoded;
        }
    }
    EXPECT_EQ(report::summary_csv(analysis::summarise(copy)),
              report::summary_csv(analysis::summarise(original)));
    EXPECT_EQ(report::transitions_csv(study::transition_rows(copy)),
              report::transitions_csv(study::transition_rows(original)));
    EXPECT_EQ(report::timeseries_csv(analysis::monthly(copy)),
              report::timeseries_csv(analysis::monthly(original)));
}

TEST(ReplicationCodec, KeepsNaNAndExactBits) {
    analysis::ReplicationSummary summary;
    summary.metrics = {std::numeric_limits<double>::quiet_NaN(), 0.1 + 0.2, -0.0};
    summary.yearly = {{1.0 / 3.0}, {}};
    summary.monthly = {{1U, 2U}};
    summary.transitions = {{0U, 1ULL << 40}};
    summary.events = 12345678901ULL;
    summary.households = 987654321ULL;
    summary.cost_lines = {-1.5, 1e300};
    const auto back = analysis::decode_summary(analysis::encode_summary(summary));
    EXPECT_TRUE(std::isnan(back.metrics[0]));
    EXPECT_EQ(back.metrics[1], 0.1 + 0.2);
    EXPECT_TRUE(std::signbit(back.metrics[2]));
    EXPECT_EQ(back.yearly, summary.yearly);
    EXPECT_EQ(back.monthly, summary.monthly);
    EXPECT_EQ(back.transitions, summary.transitions);
    EXPECT_EQ(back.events, summary.events);
    EXPECT_EQ(back.households, summary.households);
    EXPECT_EQ(back.cost_lines, summary.cost_lines);
    auto without_nan = summary;
    without_nan.metrics[0] = 4.0;
    EXPECT_EQ(analysis::decode_summary(analysis::encode_summary(without_nan)), without_nan);
}

TEST(ReplicationCodec, RejectsTruncatedOrPaddedBytes) {
    analysis::ReplicationSummary summary;
    summary.metrics = {1.0, 2.0};
    const std::string bytes = analysis::encode_summary(summary);
    EXPECT_THROW((void)analysis::decode_summary(bytes.substr(0, bytes.size() - 1)),
                 std::runtime_error);
    EXPECT_THROW((void)analysis::decode_summary(bytes + "x"), std::runtime_error);
}

TEST(ThreadExecutor, RaisesAFailedTaskWithItsType) {
    analysis::TaskSlots tasks;
    tasks.count = 50;
    tasks.compute = [](std::size_t i) {
        if (i == 17) {
            throw model::InvariantError("broken at 17");
        }
    };
    EXPECT_THROW(analysis::ThreadExecutor(3).run(tasks), model::InvariantError);
    const auto failure =
        analysis::TaskFailure::from(std::make_exception_ptr(model::InvariantError("broken at 17")));
    EXPECT_EQ(failure.kind, analysis::TaskFailure::Kind::invariant);
    EXPECT_THROW(failure.raise(), model::InvariantError);
}

// Every kind of the error root survives the trip a failure makes between MPI ranks, so the
// exit code does too (README: 2 bad input, 3 invariant, 128 + signal, 1 internal).
TEST(TaskFailure, KeepsTheKindOfEveryError) {
    auto exit_after_trip = [](const std::exception_ptr& thrown) {
        const auto failure = analysis::TaskFailure::from(thrown);
        try {
            failure.raise();
        } catch (const Interrupted& e) {
            return exit_code(e.kind(), e.signal());
        } catch (const Error& e) {
            return exit_code(e.kind());
        }
        return -1;
    };
    EXPECT_EQ(exit_after_trip(std::make_exception_ptr(model::EventLimitError("budget"))), 2);
    EXPECT_EQ(exit_after_trip(std::make_exception_ptr(std::bad_alloc())), 2);
    EXPECT_EQ(exit_after_trip(std::make_exception_ptr(model::InvariantError("broken"))), 3);
    EXPECT_EQ(exit_after_trip(std::make_exception_ptr(Interrupted(2))), 130);
    EXPECT_EQ(exit_after_trip(std::make_exception_ptr(Interrupted(15))), 143);
    EXPECT_EQ(exit_after_trip(std::make_exception_ptr(std::runtime_error("bug"))), 1);
    const auto limit =
        analysis::TaskFailure::from(std::make_exception_ptr(model::EventLimitError("budget")));
    EXPECT_EQ(limit.message, "budget");
    const auto memory = analysis::TaskFailure::from(std::make_exception_ptr(std::bad_alloc()));
    EXPECT_NE(memory.message.find("memory ran out"), std::string::npos);
}
