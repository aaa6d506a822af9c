// The decision analysis on a real scenario: reproducibility across thread counts, draws that
// matter, and hand-checkable end points (no effect = staff cost only).
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/report/decision_tables.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <gtest/gtest.h>

using namespace hcsim;

namespace {

const std::string norrmalm = HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml";

analysis::ScenarioFactory factory_for(const std::string& path) {
    return [path](const analysis::Overrides& overrides) {
        return scenario::load_scenario(path, overrides);
    };
}

std::vector<analysis::UncertainInput> inputs_of(const scenario::Scenario& s) {
    std::vector<analysis::UncertainInput> inputs;
    for (const auto& site : s.parameters) {
        if (site.uncertainty) {
            const auto u = *site.uncertainty;
            inputs.push_back({site.field, site.value, [u](double p) { return u.quantile(p); }, ""});
        }
    }
    return inputs;
}

analysis::PsaSettings small_psa(unsigned threads) {
    analysis::PsaSettings settings;
    settings.draws = 4;
    settings.inner.replications = 6;
    settings.inner.seed = 11;
    settings.inner.threads = threads;
    settings.baseline = "do_nothing";
    return settings;
}

const std::string bosamordnare_eviction_risk =
    "options.bolots_project_year.staff.bosamordnare.effects[0].relative_risk";

} // namespace

TEST(Psa, OutputDoesNotDependOnThreadCount) {
    const auto nominal = scenario::load_scenario(norrmalm);
    const auto inputs = inputs_of(nominal);
    ASSERT_GE(inputs.size(), 10U);
    const auto one = analysis::run_psa(factory_for(norrmalm), inputs, small_psa(1));
    const auto three = analysis::run_psa(factory_for(norrmalm), inputs, small_psa(3));
    EXPECT_EQ(report::psa_draws_csv(one), report::psa_draws_csv(three));
    EXPECT_EQ(report::psa_summary_csv(analysis::summarise_psa(one, 1), "do_nothing"),
              report::psa_summary_csv(analysis::summarise_psa(three, 1), "do_nothing"));
}

TEST(Psa, DrawsChangeTheParametersAndTheOutcome) {
    const auto nominal = scenario::load_scenario(norrmalm);
    const auto psa = analysis::run_psa(factory_for(norrmalm), inputs_of(nominal), small_psa(2));
    ASSERT_EQ(psa.values.size(), 4U);
    ASSERT_EQ(psa.options.size(), 2U);
    EXPECT_NE(psa.values[0], psa.values[1]);
    // Same household streams in every draw: different costs can only come from the draws.
    EXPECT_NE(psa.outcomes[0][0].delta_cost_tkr, psa.outcomes[0][1].delta_cost_tkr);
}

TEST(BreakEven, NoEffectLeavesOnlyTheStaffCost) {
    // With every staff effect at 1 (multiplier 0) the households' paths are those of
    // do_nothing (same streams), so the option's extra cost is its staff budget:
    // 1.0 FTE x 650 tkr + 0.5 FTE x 650 tkr = 975 tkr (seed 000), and nothing is prevented.
    const auto nominal = scenario::load_scenario(norrmalm);
    std::vector<analysis::EffectField> effects;
    for (const auto& site : nominal.parameters) {
        if (site.field.find(".effects[") != std::string::npos) {
            effects.push_back({site.field, site.value, site.allowed_min, site.allowed_max});
        }
    }
    ASSERT_EQ(effects.size(), 12U); // seed 000: 2 for the bosamordnare, 10 for the bolots
    analysis::RunSettings settings;
    settings.replications = 8;
    settings.seed = 3;
    settings.threads = 2;
    const auto outcomes = analysis::decision_outcomes(
        scenario::load_scenario(norrmalm, analysis::scaled_effects(effects, 0.0)), settings,
        "do_nothing", {"bolots_project_year"});
    ASSERT_EQ(outcomes.size(), 1U);
    EXPECT_NEAR(outcomes[0].outcome.delta_cost_tkr, 975.0, 1e-6);
    EXPECT_EQ(outcomes[0].outcome.evictions_prevented, 0.0);
}

TEST(Tornado, AStrongerEvictionEffectPreventsMore) {
    // The bosamordnare's relative risk of eviction at its 5th percentile (strong effect)
    // must prevent more evictions than at its 95th (close to no effect). Same streams in
    // both runs, so the comparison is not blurred by noise.
    const auto nominal = scenario::load_scenario(norrmalm);
    std::vector<analysis::UncertainInput> one_input;
    for (const auto& input : inputs_of(nominal)) {
        if (input.field == bosamordnare_eviction_risk) {
            one_input.push_back(input);
        }
    }
    ASSERT_EQ(one_input.size(), 1U);
    analysis::RunSettings settings;
    settings.replications = 30;
    settings.seed = 5;
    settings.threads = 2;
    const auto bars = analysis::tornado(factory_for(norrmalm), one_input, settings, "do_nothing");
    ASSERT_EQ(bars.size(), 2U);
    for (const auto& bar : bars) {
        EXPECT_LT(bar.low_value, 0.6);
        EXPECT_GT(bar.high_value, 0.6);
        EXPECT_GT(bar.at_low.evictions_prevented, bar.at_high.evictions_prevented) << bar.option;
    }
}

TEST(Sweep, ZeroStaffCostsNothingAndMoreStaffCostsMore) {
    // At 0 FTE of both roles the project year has no staff cost and changes nothing.
    analysis::RunSettings settings;
    settings.replications = 6;
    settings.seed = 9;
    settings.threads = 2;
    const std::string prefix = "options.bolots_project_year.staff.";
    const std::vector<analysis::SweepAxis> axes{
        {"bolots", {prefix + "bolots.fte"}, {0.0, 1.0}},
        {"bosamordnare", {prefix + "bosamordnare.fte"}, {0.0, 0.5}}};
    const auto points = analysis::staffing_sweep(factory_for(norrmalm), axes, settings,
                                                 "do_nothing", {"bolots_project_year"});
    ASSERT_EQ(points.size(), 4U); // (0,0) (1,0) (0,0.5) (1,0.5), first axis fastest
    EXPECT_EQ(points[0].fte, (std::vector<double>{0.0, 0.0}));
    EXPECT_NEAR(points[0].outcome.delta_cost_tkr, 0.0, 1e-9);
    EXPECT_EQ(points[0].outcome.evictions_prevented, 0.0);
    EXPECT_EQ(points[3].fte, (std::vector<double>{1.0, 0.5}));
    // Marginal cost of the bolots step at 0.5 bosamordnare: from point 2 to point 3.
    EXPECT_DOUBLE_EQ(points[3].marginal_cost_tkr[0],
                     points[3].outcome.delta_cost_tkr - points[2].outcome.delta_cost_tkr);
}
