#include "hcsim/analysis/experiment.hpp"
#include "hcsim/analysis/ratio.hpp"
#include "hcsim/kernel/statistics.hpp"
#include "hcsim/report/writers.hpp"

#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <iostream>

using namespace hcsim;

namespace {

const std::string scenarios = HCSIM_SOURCE_DIR "/scenarios/";

std::string all_tables(const analysis::Experiment& e, const std::string& baseline) {
    return report::summary_csv(analysis::summarise(e)) +
           report::differences_csv(analysis::differences(e, baseline)) +
           report::yearly_csv(analysis::yearly(e)) + report::timeseries_csv(analysis::monthly(e)) +
           report::transitions_csv(study::transition_rows(e));
}

double half_width(const std::vector<analysis::DifferenceRow>& rows, const std::string& option,
                  const std::string& metric) {
    for (const auto& r : rows) {
        if (r.option == option && r.metric == metric) {
            return r.ci.half_width();
        }
    }
    ADD_FAILURE() << "no row " << option << " " << metric;
    return 0.0;
}

} // namespace

TEST(Experiment, OutputDoesNotDependOnThreadCount) {
    const auto s = scenario::load_scenario(scenarios + "norrmalm-2018-bolots.yaml");
    analysis::RunSettings settings;
    settings.replications = 24;
    settings.seed = 99;
    settings.threads = 1;
    const auto one = all_tables(analysis::run_experiment(s, settings), "do_nothing");
    settings.threads = 3;
    const auto three = all_tables(analysis::run_experiment(s, settings), "do_nothing");
    settings.threads = 8;
    const auto eight = all_tables(analysis::run_experiment(s, settings), "do_nothing");
    EXPECT_EQ(one, three);
    EXPECT_EQ(one, eight);
}

TEST(Experiment, CommonRandomNumbersNarrowTheCostDifference) {
    // The reason for CRN: the paired difference of total cost is far tighter than with
    // independent streams. Fixed seed; the ratio is printed for the README.
    const auto s = scenario::load_scenario(scenarios + "norrmalm-2018-bolots.yaml");
    analysis::RunSettings settings;
    settings.replications = 100;
    settings.seed = 20180101;
    settings.threads = 2;
    const auto crn = analysis::differences(analysis::run_experiment(s, settings), "do_nothing");
    settings.independent_streams = true;
    const auto independent =
        analysis::differences(analysis::run_experiment(s, settings), "do_nothing");
    const double with_crn = half_width(crn, "bolots_project_year", "cost_total_tkr");
    const double without = half_width(independent, "bolots_project_year", "cost_total_tkr");
    std::cout << "CI half-width of delta cost_total_tkr: CRN " << with_crn << ", independent "
              << without << ", ratio " << without / with_crn << "\n";
    EXPECT_LT(with_crn * 2.0, without) << "CRN should at least halve the interval";
}

TEST(Experiment, RatioIntervalOfExactRatioIsTight) {
    const std::vector<double> y{2.0, 4.0, 6.0, 8.0};
    const std::vector<double> x{1.0, 2.0, 3.0, 4.0};
    const auto ratio = analysis::fieller_ratio(y, x);
    ASSERT_TRUE(ratio.estimable);
    EXPECT_DOUBLE_EQ(ratio.ratio, 2.0);
    EXPECT_NEAR(ratio.high - ratio.low, 0.0, 1e-9);
    const std::vector<double> none{0.0, 0.0, 0.0, 0.0};
    EXPECT_FALSE(analysis::fieller_ratio(y, none).estimable) << "nothing prevented: no ratio";
}

TEST(Experiment, DiscountingAppliesFromYearTwo) {
    EXPECT_DOUBLE_EQ(analysis::discount_factor(0.03, 0), 1.0);
    EXPECT_NEAR(analysis::discount_factor(0.03, 2), 1.0 / (1.03 * 1.03), 1e-15);
}

TEST(Experiment, YesOrNoMetricsGetAProportionIntervalWithinZeroAndOne) {
    // Hässelby-Vällingby evicts a family in nearly every replication, so "no family evicted" is
    // 0 or 1 of few: the t-interval went below 0 there. The summary gives the Wilson interval of
    // the replications' share.
    const auto s = scenario::load_scenario(scenarios + "hasselby-vallingby-2008-team.yaml");
    analysis::RunSettings settings;
    settings.replications = 40;
    settings.seed = 7;
    const auto e = analysis::run_experiment(s, settings);
    std::size_t metric = 0;
    while (metric < e.metrics.size() && e.metrics[metric].name != "no_evictions_with_children") {
        ++metric;
    }
    ASSERT_LT(metric, e.metrics.size());
    EXPECT_TRUE(e.metrics[metric].yes_or_no);
    bool found = false;
    for (const auto& row : analysis::summarise(e)) {
        if (row.metric != "no_evictions_with_children") {
            continue;
        }
        found = true;
        const auto& option = e.option(row.option);
        std::uint64_t yes = 0;
        for (const auto& r : option.replications) {
            yes += r.metrics[metric] > 0.5 ? 1U : 0U;
        }
        const auto expected = kernel::proportion_confidence_interval(yes, 40);
        EXPECT_DOUBLE_EQ(row.ci.mean, expected.mean) << row.option;
        EXPECT_DOUBLE_EQ(row.ci.low, expected.low) << row.option;
        EXPECT_DOUBLE_EQ(row.ci.high, expected.high) << row.option;
        EXPECT_GE(row.ci.low, 0.0) << row.option;
        EXPECT_LE(row.ci.high, 1.0) << row.option;
        EXPECT_GT(row.ci.high, 0.0) << row.option; // 0 of 40 is not certainty
    }
    EXPECT_TRUE(found);
}
