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

TEST(SeedBudgets, Norrmalm2018KeptOnIsPaidCentrallyIn2018AndByTheDistrictAfter) {
    // payer_by_year: the central reserve pays the project year, the district years 2 and 3;
    // the budget table and the simulated ledger agree.
    const auto s = scenario::load_scenario(scenarios + "norrmalm-2018-bolots.yaml");
    std::map<std::pair<std::string, std::size_t>, double> by_payer_year;
    for (const auto& line : analysis::planned_budget(s)) {
        if (line.option == "bolots_permanent" && line.category == analysis::BudgetCategory::staff) {
            by_payer_year[{line.payer, line.year}] += line.tkr;
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
