// The `validation:` section of scenarios and the comparison compare writes from it.
#include "hcsim/analysis/analytic.hpp"
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/analysis/validation.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <gtest/gtest.h>

using namespace hcsim;

TEST(ValidationSection, SeedScenariosListObservedFiguresWithSources) {
    const auto norrmalm =
        scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml");
    ASSERT_EQ(norrmalm.validation.size(), 2U);
    const auto& threats = norrmalm.validation[0];
    EXPECT_EQ(threats.quantity, scenario::TargetQuantity::entries);
    EXPECT_EQ(threats.states,
              std::vector<model::StateIndex>{*norrmalm.options[0].spec.find_state("at_risk")});
    EXPECT_EQ(threats.observed, 140.0);
    EXPECT_NE(threats.source.find("seed 004"), std::string::npos);
    for (const char* file : {"hagersten-liljeholmen-2017.yaml", "hasselby-vallingby-2008-team.yaml",
                             "norrmalm-2010-chain.yaml"}) {
        const auto s = scenario::load_scenario(std::string(HCSIM_SOURCE_DIR "/scenarios/") + file);
        EXPECT_FALSE(s.validation.empty()) << file;
        for (const auto& t : s.validation) {
            EXPECT_FALSE(t.source.empty()) << file << " " << t.name << " needs a source";
        }
    }
}

// Observed figures equal to the exact expectations of a chain the analytic model covers: the
// simulated mean's 95% interval must hold them (each check at 95%; fixed seed), and so must the
// replications' 95% range, which is far wider.
TEST(ValidationSection, ExactExpectationsFallWithinTheModelsIntervals) {
    const auto s =
        scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/checks/uncapacitated-chain.yaml");
    const auto& spec = s.option("do_nothing").spec;
    scenario::CalibrationTarget homeless;
    homeless.name = "homeless";
    homeless.states = {*spec.find_state("shelter"), *spec.find_state("supported_housing")};
    homeless.first_month = homeless.last_month = 12;
    scenario::CalibrationTarget into_shelter = homeless;
    into_shelter.name = "into_shelter";
    into_shelter.quantity = scenario::TargetQuantity::entries;
    into_shelter.states = {*spec.find_state("shelter")};
    into_shelter.first_month = 1;
    into_shelter.last_month = 24;
    std::vector<scenario::CalibrationTarget> targets{homeless, into_shelter};
    const auto exact = analysis::analytic_target_values(analysis::analyse(spec), targets);
    targets[0].observed = exact[0];
    targets[1].observed = exact[1];
    const auto rows = analysis::validate_against(spec, targets, 5, 200);
    ASSERT_EQ(rows.size(), 2U);
    for (const auto& row : rows) {
        EXPECT_TRUE(row.within_range()) << row.target.name;
        EXPECT_LE(row.mean_low, row.target.observed) << row.target.name << " " << row.model_mean;
        EXPECT_GE(row.mean_high, row.target.observed) << row.target.name << " " << row.model_mean;
        EXPECT_LT(row.range_low, row.mean_low);
        EXPECT_GT(row.range_high, row.mean_high);
    }
}

// Replications run as tasks: the values per replication must not depend on the threads.
TEST(ValidationSection, SameValuesOnOneAndThreeThreads) {
    const auto s = scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml");
    const auto& spec = s.option(s.baseline).spec;
    const auto one = analysis::simulated_target_values(spec, s.validation, 3, 12);
    const analysis::ThreadExecutor three(3);
    const auto many = analysis::simulated_target_values(spec, s.validation, 3, 12, &three);
    ASSERT_EQ(one.size(), s.validation.size());
    ASSERT_EQ(one[0].size(), 12U);
    EXPECT_EQ(one, many);
    EXPECT_NE(one[0][0], one[0][1]) << "replications must differ (their own streams)";
}

// The bytes a replication's values travel in between MPI ranks: an executor that computes every
// slot, encodes it, forgets it and decodes it again must give the same values.
TEST(ValidationSection, ValuesSurviveTheRoundTripBetweenProcesses) {
    class RoundTrip final : public analysis::TaskExecutor {
    public:
        void run(const analysis::TaskSlots& tasks) const override {
            for (std::size_t i = 0; i < tasks.count; ++i) {
                tasks.compute(i);
                const std::string bytes = tasks.encode(i);
                tasks.decode(i, bytes);
            }
            EXPECT_THROW(tasks.decode(0, "short"), std::runtime_error);
        }
        [[nodiscard]] unsigned local_threads() const noexcept override { return 1; }
    };
    const auto s = scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml");
    const auto& spec = s.option(s.baseline).spec;
    const RoundTrip round_trip;
    EXPECT_EQ(analysis::simulated_target_values(spec, s.validation, 3, 6),
              analysis::simulated_target_values(spec, s.validation, 3, 6, &round_trip));
}
