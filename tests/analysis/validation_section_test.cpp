// The `validation:` section of scenarios and the comparison compare writes from it.
#include "hcsim/analysis/analytic.hpp"
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/analysis/validation.hpp"
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <sstream>

using namespace hcsim;

TEST(ValidationSection, SeedScenariosListObservedFiguresWithSources) {
    const auto norrmalm =
        scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml");
    ASSERT_EQ(norrmalm.validation.size(), 3U);
    const auto& threats = norrmalm.validation[0];
    EXPECT_EQ(threats.kind, scenario::TargetKind::input_check) << "140 is also the arrival rate";
    EXPECT_EQ(threats.quantity, scenario::TargetQuantity::entries);
    // The 2017 count is checked on the backcast from the 2016 count, with its own model.
    const auto& counted = norrmalm.validation[1];
    EXPECT_EQ(counted.kind, scenario::TargetKind::independent);
    ASSERT_NE(counted.model, nullptr);
    EXPECT_EQ(counted.model_seed, 20160925U);
    EXPECT_EQ(counted.model->horizon_days, model::days_per_year);
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
    const auto exact = analysis::analytic_target_values(spec, analysis::analyse(spec), targets);
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

namespace {

// The uncapacitated check chain without trend and seasonality, so it has a steady state.
std::string steady_chain_yaml(const std::string& initial) {
    std::ostringstream read; // not istreambuf_iterator: GCC 12 warns of a null dereference there
    read << std::ifstream(HCSIM_SOURCE_DIR "/scenarios/checks/uncapacitated-chain.yaml").rdbuf();
    std::string text = read.str();
    const auto cut = [&](const std::string& from, const std::string& to,
                         const std::string& replacement) {
        const auto a = text.find(from);
        const auto b = text.find(to, a);
        if (a == std::string::npos || b == std::string::npos) {
            throw std::runtime_error("uncapacitated-chain.yaml changed: " + from);
        }
        text.replace(a, b - a, replacement);
    };
    cut("initial:", "arrivals:", "initial: " + initial + "\n\n");
    cut(", trend_per_year: 0.1,", "]}", "");
    text.replace(text.find("]}", text.find("per_year: {adult: 120")), 2, "}");
    return text;
}

std::string write_temporary(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / ("hcsim-steady-" + name);
    std::ofstream(path) << text;
    return path.string();
}

} // namespace

// `initial: steady_state` must put each state at the model's own steady state: for a chain the
// analytic model covers, its exact steady-state means. The stocks are rounded means of 40
// replications of a 15-year warm-up; each state's count is Poisson at steady state (an
// infinite-server network), so the mean's sd is sqrt(L/40). The tolerance is 4 such sd plus
// the 0.5 of rounding plus 0.5 for the warm-up's remaining transient (the slowest phase here
// relaxes with a mean of 365 days, e^-15 of the start is left).
TEST(SteadyState, InitialStocksMatchTheAnalyticSteadyState) {
    const std::string path = write_temporary("chain.yaml", steady_chain_yaml("steady_state"));
    const auto s = scenario::load_scenario(path);
    const auto& spec = s.option("do_nothing").spec;
    const auto analytic = analysis::analyse(spec);
    ASSERT_TRUE(analytic.steady_state.has_value());
    std::vector<double> stock(spec.states.size(), 0.0);
    for (const auto& initial : spec.initial) {
        stock[initial.state] += initial.count;
    }
    for (const char* name : {"at_risk", "insecure_housing", "shelter", "supported_housing"}) {
        const auto state = *spec.find_state(name);
        const double expected = analytic.steady_state->households[state];
        const double tolerance = 4.0 * std::sqrt(expected / 40.0) + 1.0;
        EXPECT_NEAR(stock[state], expected, tolerance) << name;
    }
    EXPECT_EQ(stock[*spec.find_state("own_lease")], 0.0) << "households stay there for good";
    // Same seed, same stocks.
    const auto again = scenario::load_scenario(path);
    ASSERT_EQ(again.option("do_nothing").spec.initial.size(), spec.initial.size());
    for (std::size_t i = 0; i < spec.initial.size(); ++i) {
        EXPECT_EQ(again.option("do_nothing").spec.initial[i].count, spec.initial[i].count);
    }
}

TEST(SteadyState, RefusedWithATrendAndForAnythingButTheWord) {
    std::string trended = steady_chain_yaml("steady_state");
    trended.replace(trended.find("per_year: {adult: 25}"), 21,
                    "per_year: {adult: 25}, trend_per_year: 0.05");
    try {
        (void)scenario::load_scenario(write_temporary("trend.yaml", trended));
        FAIL() << "a trend has no steady state";
    } catch (const scenario::ScenarioError& e) {
        ASSERT_EQ(e.diagnostics().size(), 1U);
        EXPECT_EQ(e.diagnostics()[0].field, "initial");
        EXPECT_NE(e.diagnostics()[0].message.find("arrivals[1] has one"), std::string::npos)
            << e.diagnostics()[0].message;
    }
    try {
        (void)scenario::load_scenario(write_temporary("word.yaml", steady_chain_yaml("steady")));
        FAIL() << "'steady' is not a stock";
    } catch (const scenario::ScenarioError& e) {
        EXPECT_NE(e.diagnostics().at(0).message.find("'steady_state'"), std::string::npos);
    }
}
