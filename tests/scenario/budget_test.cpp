// The staff and fixed costs of each seed scenario reproduce the budget tables of the
// applications (seeds 000-004) in tkr. Staff and fixed costs do not depend on chance, so one
// replication is exact.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/experiment.hpp"

#include <gtest/gtest.h>
#include <map>

using namespace hcsim;

namespace {

const std::string scenarios = HCSIM_SOURCE_DIR "/scenarios/";

struct Budget {
    double staff = 0.0;
    double fixed = 0.0;
    std::vector<double> by_year; // staff + fixed per budget year
    std::map<std::string, double> by_payer;
};

Budget budget_of(const std::string& file, const std::string& option) {
    const auto s = scenario::load_scenario(scenarios + file);
    analysis::RunSettings settings;
    settings.replications = 1;
    const auto e = analysis::run_experiment(s, settings, {option});
    Budget b;
    for (const auto& row : analysis::summarise(e)) {
        if (row.metric == "cost_staff_tkr")
            b.staff = row.ci.mean;
        if (row.metric == "cost_fixed_tkr")
            b.fixed = row.ci.mean;
    }
    b.by_year.assign(e.years, 0.0);
    for (const auto& row : analysis::yearly(e)) {
        if (row.metric == "cost_staff_tkr" || row.metric == "cost_fixed_tkr") {
            b.by_year[row.year - 1] += row.ci.mean;
        }
    }
    return b;
}

} // namespace

TEST(SeedBudgets, Norrmalm2018BolotsIs975TkrForTheProjectYear) {
    const auto b = budget_of("norrmalm-2018-bolots.yaml", "bolots_project_year"); // seed 000
    EXPECT_NEAR(b.staff, 975.0, 0.001);
    EXPECT_NEAR(b.by_year[0], 975.0, 0.001);
    EXPECT_NEAR(b.by_year[1], 0.0, 0.001);
}

TEST(SeedBudgets, Norrmalm2010TeamIs1400Tkr) {
    const auto b = budget_of("norrmalm-2010-chain.yaml", "team_project_year"); // seed 004 6.1
    EXPECT_NEAR(b.staff, 1100.0, 0.001);
    EXPECT_NEAR(b.fixed, 300.0, 0.001);
}

TEST(SeedBudgets, CoordinatorsAre800Tkr) {
    const auto b = budget_of("coordinators-2017.yaml", "coordinators"); // seed 002
    EXPECT_NEAR(b.staff, 600.0, 0.001);
    EXPECT_NEAR(b.fixed, 200.0, 0.001);
}

TEST(SeedBudgets, HagerstenPrestudyIs1239TkrInYearOne) {
    const auto b = budget_of("hagersten-liljeholmen-2017.yaml", "prestudy_then_team"); // seed 001
    EXPECT_NEAR(b.by_year[0], 1239.0, 0.001);
}

TEST(SeedBudgets, HasselbyVallingbyBudgetedTeamIs4342Tkr) {
    const auto b = budget_of("hasselby-vallingby-2008-team.yaml", "budgeted_team"); // seed 003
    EXPECT_NEAR(b.staff, 2912.0, 0.001);
    EXPECT_NEAR(b.staff + b.fixed, 4342.0, 0.001);
}

// Budget years are calendar years from start_date: seed 003 runs 1 May 2008 - 31 December 2009,
// so 2008 holds 8 of the 20 project months and 2009 the other 12 (the application books
// 4,342 tkr over those two years, 1,000 own funding and 3,342 applied).
TEST(SeedBudgets, HasselbyVallingbyBooks2008And2009AsCalendarYears) {
    const auto s = scenario::load_scenario(scenarios + "hasselby-vallingby-2008-team.yaml");
    EXPECT_EQ(s.calendar.first_year, 2008);
    const auto b = budget_of("hasselby-vallingby-2008-team.yaml", "budgeted_team");
    ASSERT_EQ(b.by_year.size(), 4U) << "May 2008 + 36 months touches 2008, 2009, 2010 and 2011";
    EXPECT_NEAR(b.by_year[0], 4342.0 * 8.0 / 20.0, 0.001);
    EXPECT_NEAR(b.by_year[1], 4342.0 * 12.0 / 20.0, 0.001);
    EXPECT_NEAR(b.by_year[2], 0.0, 0.001);
    EXPECT_LT(b.by_year[0], b.by_year[1]);
    double own = 0.0, applied = 0.0;
    for (const auto& line : analysis::planned_budget(s)) {
        if (line.option == "budgeted_team") {
            (line.funding == model::Funding::own ? own : applied) += line.tkr;
            EXPECT_FALSE(line.title.empty()) << line.item << " has no title";
        }
    }
    EXPECT_NEAR(own, 1000.0, 0.001);
    EXPECT_NEAR(applied, 3342.0, 0.001);
}

// Seed 004 starts 1 October 2010: three months in 2010, nine in 2011.
TEST(SeedBudgets, Norrmalm2010SplitsOctoberToSeptember) {
    const auto b = budget_of("norrmalm-2010-chain.yaml", "team_project_year");
    EXPECT_NEAR(b.by_year[0], 1400.0 * 3.0 / 12.0, 0.001);
    EXPECT_NEAR(b.by_year[1], 1400.0 * 9.0 / 12.0, 0.001);
}

// Seed 000's "Uppföljning och utvärdering – genomförs internt" stays a line of the form.
TEST(SeedBudgets, Norrmalm2018KeepsTheLineWithoutCost) {
    const auto s = scenario::load_scenario(scenarios + "norrmalm-2018-bolots.yaml");
    bool found = false;
    for (const auto& line : analysis::planned_budget(s)) {
        if (line.option == "bolots_project_year" && line.item == "follow_up") {
            found = true;
            EXPECT_EQ(line.tkr, 0.0);
            EXPECT_EQ(line.title, "Uppföljning och utvärdering – genomförs internt");
            EXPECT_EQ(line.funding, model::Funding::own);
        }
    }
    EXPECT_TRUE(found);
}

TEST(SeedBudgets, Norrmalm2018KeptOnIsPaidCentrallyIn2018AndByTheDistrictAfter) {
    // payer_by_year: the central reserve pays the project year, the district years 2 and 3;
    // the budget table and the simulated ledger agree.
    const auto s = scenario::load_scenario(scenarios + "norrmalm-2018-bolots.yaml");
    std::map<std::pair<std::string, std::size_t>, double> by_payer_year;
    for (const auto& line : analysis::planned_budget(s)) {
        if (line.option == "bolots_permanent" && line.category == analysis::BudgetCategory::staff) {
            by_payer_year[{line.payer, line.year}] += line.tkr;
            // No `funding:` given: the form's column follows each year's payer.
            EXPECT_EQ(line.funding,
                      line.payer == "district" ? model::Funding::own : model::Funding::applied)
                << line.item << " in year " << line.year;
        }
    }
    EXPECT_NEAR((by_payer_year[{"city_central_reserve", 1}]), 975.0, 0.001);
    EXPECT_NEAR((by_payer_year[{"district", 2}]), 975.0, 0.001);
    EXPECT_NEAR((by_payer_year[{"district", 3}]), 975.0, 0.001);
    EXPECT_EQ(by_payer_year.count({"city_central_reserve", 2}), 0U);

    analysis::RunSettings settings;
    settings.replications = 1;
    const auto e = analysis::run_experiment(s, settings, {"bolots_permanent"});
    for (const auto& row : analysis::summarise(e)) {
        if (row.metric == "cost_city_central_reserve_tkr") {
            EXPECT_NEAR(row.ci.mean, 975.0, 0.001) << "only the staff of 2018";
        }
    }
}
