// What each role contributes: the option against itself without the role, paired. Built on
// the toy eviction chain so the exact answers are known.
#include "../model/toy_models.hpp"
#include "hcsim/analysis/contributions.hpp"

#include <gtest/gtest.h>

using namespace hcsim;

namespace {

scenario::Scenario two_roles(double second_relative_risk) {
    auto base = test::eviction_chain();
    auto option = base;
    auto prevention = test::prevention_pool(1.0, 0.5);
    auto shelter_worker = test::prevention_pool(1.0, 1.0);
    shelter_worker.role = "shelter_worker";
    shelter_worker.serves = {2};
    shelter_worker.effects = {{2, 0, std::nullopt, second_relative_risk, 1.0}};
    option.staff = {prevention, shelter_worker};
    scenario::Scenario s;
    s.options = {{"do_nothing", base, ""}, {"team", option, ""}};
    return s;
}

const analysis::ContributionRow& row(const std::vector<analysis::ContributionRow>& rows,
                                     const std::string& role, const std::string& metric) {
    for (const auto& r : rows) {
        if (r.option == "team" && r.role == role && r.metric == metric) {
            return r;
        }
    }
    throw std::out_of_range("no row " + role + " " + metric);
}

} // namespace

TEST(Contributions, EachRoleAgainstTheOptionWithoutItAndTheGapToTheWhole) {
    const auto s = two_roles(1.0); // the shelter worker changes no fate
    analysis::RunSettings settings;
    settings.replications = 30;
    settings.seed = 7;
    const auto e = analysis::run_experiment(s, settings);
    const auto rows = analysis::role_contributions(s, settings, e);
    // 2 roles + all_roles + interaction, for every metric.
    EXPECT_EQ(rows.size(), 4 * analysis::contribution_metrics().size());

    // A neutral role changes no outcome, draw for draw (CRN), and costs its salary.
    const auto& neutral = row(rows, "shelter_worker", "evictions");
    EXPECT_EQ(neutral.ci.mean, 0.0);
    EXPECT_EQ(neutral.ci.high - neutral.ci.low, 0.0);
    EXPECT_NEAR(row(rows, "shelter_worker", "cost_total_tkr").ci.mean, 2 * 650.0, 1e-6)
        << "1 FTE x 650 tkr x 2 years";
    // The prevention worker prevents evictions; the parts add up exactly when one is neutral.
    EXPECT_LT(row(rows, "bosamordnare", "evictions").ci.high, 0.0);
    EXPECT_DOUBLE_EQ(row(rows, "all_roles", "evictions").ci.mean,
                     row(rows, "bosamordnare", "evictions").ci.mean);
    EXPECT_EQ(row(rows, "interaction", "evictions").ci.mean, 0.0);
    EXPECT_NEAR(row(rows, "interaction", "cost_total_tkr").ci.mean, 0.0, 1e-9);
}

TEST(Contributions, RolesThatNeedEachOtherShowAnInteraction) {
    // Prevented evictions keep households out of the shelter, so a shelter worker who speeds
    // moves out has less to do with the prevention worker there: homeless nights do not add up.
    const auto s = two_roles(3.0);
    analysis::RunSettings settings;
    settings.replications = 60;
    settings.seed = 7;
    const auto e = analysis::run_experiment(s, settings);
    const auto rows = analysis::role_contributions(s, settings, e);
    const auto& gap = row(rows, "interaction", "homeless_nights").ci;
    EXPECT_TRUE(gap.low > 0.0 || gap.high < 0.0)
        << "interaction " << gap.mean << " [" << gap.low << ", " << gap.high << "]";
}

TEST(Contributions, NoneForOptionsWithOneRole) {
    auto s = two_roles(1.0);
    s.options[1].spec.staff.pop_back();
    analysis::RunSettings settings;
    settings.replications = 4;
    const auto e = analysis::run_experiment(s, settings);
    EXPECT_TRUE(analysis::role_contributions(s, settings, e).empty());
}
