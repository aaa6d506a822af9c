// The statistics a funding decision rests on, against published or hand-computed answers:
// Fieller intervals, the incremental analysis (strict and extended dominance), EVPPI,
// Monte Carlo standard errors and the acceptability curve.
#include "hcsim/analysis/evppi.hpp"
#include "hcsim/analysis/incremental.hpp"
#include "hcsim/analysis/parameter_sampling.hpp"
#include "hcsim/analysis/psa_summary.hpp"
#include "hcsim/analysis/ratio.hpp"
#include "hcsim/analysis/value_of_information.hpp"
#include "hcsim/kernel/random.hpp"
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/decision_tables.hpp"

#include <boost/math/distributions/normal.hpp>
#include <cmath>
#include <gtest/gtest.h>

using namespace hcsim::analysis;

namespace {

// Standard normal draws from a fixed Philox stream.
std::vector<double> normals(std::uint64_t seed, std::size_t n) {
    hcsim::kernel::RandomStream stream({seed, 0, 0, 0, 0});
    const boost::math::normal z;
    std::vector<double> out(n);
    for (auto& x : out) {
        x = boost::math::quantile(z, stream.uniform01());
    }
    return out;
}

// E[max(0, a + b Z)] for Z standard normal, b > 0.
double expected_positive_part(double a, double b) {
    const boost::math::normal z;
    return a * boost::math::cdf(z, a / b) + b * boost::math::pdf(z, a / b);
}

Alternative alt(double cost, double prevented, bool distinguishable = true) {
    Alternative a;
    a.delta_cost = cost;
    a.evictions_prevented = prevented;
    a.effect_distinguishable = distinguishable;
    return a;
}

Alternative base() {
    Alternative a;
    a.is_baseline = true;
    return a;
}

const IncrementalRow& row_of(const std::vector<IncrementalRow>& rows, std::size_t alternative) {
    for (const auto& r : rows) {
        if (r.alternative == alternative) {
            return r;
        }
    }
    throw std::out_of_range("no row");
}

} // namespace

// Colquhoun, Lectures on Biostatistics (Clarendon Press 1971), section 13.5, as reproduced in
// the DCSTATS package's Fieller example (github.com/DCPROGS/DCSTATS): a = 14, b = 7, standard
// errors 3 and 2, uncorrelated, t = 1.812461 (10 degrees of freedom, 90% two-sided): g =
// 0.268164 and limits 1.051413 to 4.414296 (published to 6 decimals, hence the tolerance).
TEST(Fieller, ColquhounWorkedExample) {
    const auto r = fieller_ratio(14.0, 7.0, 9.0, 4.0, 0.0, 1.812461);
    ASSERT_TRUE(r.estimable);
    EXPECT_DOUBLE_EQ(r.ratio, 2.0);
    EXPECT_NEAR(r.low, 1.051413, 5e-6);
    EXPECT_NEAR(r.high, 4.414296, 5e-6);
}

// GraphPad QuickCalcs "CI of a quotient" (Fieller's method), the same means with SD 3 and 2
// from n = 6 each, i.e. standard errors 3/sqrt(6) and 2/sqrt(6), t(0.975, 10) = 2.228139:
// 95% CI 1.46 to 2.83 (published to 2 decimals).
TEST(Fieller, GraphPadQuotientExample) {
    const auto r = fieller_ratio(14.0, 7.0, 9.0 / 6.0, 4.0 / 6.0, 0.0, 2.228139);
    ASSERT_TRUE(r.estimable);
    EXPECT_NEAR(r.low, 1.46, 0.005);
    EXPECT_NEAR(r.high, 2.83, 0.005);
}

TEST(Fieller, DenominatorNotDistinguishableFromZeroIsNotEstimable) {
    // t = 1.39 < 1.96 for the denominator (seed 004's own-lease effect in the audit): no finite
    // confidence set exists.
    const double se = 0.280 / 1.39;
    EXPECT_FALSE(fieller_ratio(-854.0, 0.280, 300.0 * 300.0, se * se, 0.0, 1.96).estimable);
    // Just significant: bounded, and wider above than the delta method's symmetric interval.
    const double se2 = 0.335 / 2.7;
    const auto r = fieller_ratio(2816.0, 0.335, 400.0 * 400.0, se2 * se2, 0.0, 1.96);
    ASSERT_TRUE(r.estimable);
    const double delta_half =
        1.96 * r.ratio * std::sqrt(400.0 * 400.0 / (2816.0 * 2816.0) + se2 * se2 / (0.335 * 0.335));
    EXPECT_GT(r.high - r.ratio, delta_half);
    EXPECT_LT(r.ratio - r.low, r.high - r.ratio);
}

TEST(Fieller, FromReplicationsMatchesTheMomentForm) {
    const std::vector<double> y{10, 14, 9, 13, 12, 15};
    const std::vector<double> x{2, 3, 2, 3, 2.5, 3.5};
    const auto r = fieller_ratio(y, x, 0.95);
    // Moments by hand: means 12.1667 / 2.6667; var of means = s^2 / n.
    double my = 0, mx = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        my += y[i] / 6.0;
        mx += x[i] / 6.0;
    }
    double syy = 0, sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        syy += (y[i] - my) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (y[i] - my) * (x[i] - mx);
    }
    const double t5 = 2.570581836; // t(0.975, 5)
    const auto m = fieller_ratio(my, mx, syy / 30.0, sxx / 30.0, sxy / 30.0, t5);
    EXPECT_NEAR(r.low, m.low, 1e-6);
    EXPECT_NEAR(r.high, m.high, 1e-6);
    EXPECT_EQ(r.n, 6U);
}

// Options ordered by cost, with every status: baseline O (0, 0); A (100, 10) from O at 10 per
// eviction; D (120, 11) would cost 20 for 1 more from A, but C (250, 20) costs 14.4 per
// eviction from D, so a mix of A and C beats D (extended dominance); C from A: 150 / 10 = 15;
// B (300, 15) costs more than C and prevents fewer (dominated by C).
TEST(Incremental, TextbookCaseWithExtendedDominance) {
    const std::vector<Alternative> alternatives{base(), alt(100, 10), alt(300, 15), alt(250, 20),
                                                alt(120, 11)};
    const auto rows = incremental_analysis(alternatives);
    ASSERT_EQ(rows.size(), 5U);
    const std::vector<std::size_t> cost_order{0, 1, 4, 3, 2};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].alternative, cost_order[i]);
    }
    EXPECT_EQ(row_of(rows, 0).status, IncrementalStatus::baseline);
    EXPECT_EQ(row_of(rows, 1).status, IncrementalStatus::trade_off);
    EXPECT_EQ(*row_of(rows, 1).compared_with, 0U);
    EXPECT_DOUBLE_EQ(*row_of(rows, 1).ratio, 10.0);
    EXPECT_EQ(row_of(rows, 4).status, IncrementalStatus::extendedly_dominated);
    EXPECT_FALSE(row_of(rows, 4).ratio.has_value());
    EXPECT_EQ(row_of(rows, 3).status, IncrementalStatus::trade_off);
    EXPECT_EQ(*row_of(rows, 3).compared_with, 1U);
    EXPECT_DOUBLE_EQ(*row_of(rows, 3).ratio, 15.0);
    EXPECT_EQ(row_of(rows, 2).status, IncrementalStatus::dominated);
    EXPECT_EQ(*row_of(rows, 2).compared_with, 3U);
}

// Seed 000's shape: both options cheaper and better than the baseline; the permanent one
// saves more and prevents more, so the project year is dominated and no ratio is negative.
TEST(Incremental, DominantOptionAndNoNegativeRatio) {
    const std::vector<Alternative> alternatives{base(), alt(-1753, 4.64), alt(-2901, 14.45)};
    const auto rows = incremental_analysis(alternatives);
    EXPECT_EQ(row_of(rows, 2).status, IncrementalStatus::dominant);
    EXPECT_EQ(row_of(rows, 1).status, IncrementalStatus::dominated);
    EXPECT_EQ(*row_of(rows, 1).compared_with, 2U);
    EXPECT_EQ(row_of(rows, 0).status, IncrementalStatus::dominated); // the baseline too
    for (const auto& r : rows) {
        EXPECT_FALSE(r.ratio.has_value());
    }
    EXPECT_EQ(rows.front().alternative, 2U); // cheapest first
}

TEST(Incremental, CostSavingNoEffectAndTradeOffsAlongTheFrontier) {
    // S saves 100 but prevents 2 fewer (south-west quadrant) and is the cheapest; N costs 479 and
    // its effect is not distinguishable from zero (seed 002's coordinators); M (-50, 3) costs
    // 50 more than S for 5 more prevented: 10 per eviction, though it is cheaper and better than
    // the baseline (the step from S is what is priced); T (+70, 6): 120 more than M for 3 more,
    // 40 per eviction. The baseline is dominated by M.
    const std::vector<Alternative> alternatives{base(), alt(-100, -2), alt(479, 0.4, false),
                                                alt(-50, 3), alt(70, 6)};
    const auto rows = incremental_analysis(alternatives);
    EXPECT_EQ(row_of(rows, 1).status, IncrementalStatus::cost_saving);
    EXPECT_EQ(row_of(rows, 2).status, IncrementalStatus::no_effect);
    EXPECT_FALSE(row_of(rows, 2).ratio.has_value());
    EXPECT_EQ(row_of(rows, 3).status, IncrementalStatus::trade_off);
    EXPECT_EQ(*row_of(rows, 3).compared_with, 1U);
    EXPECT_DOUBLE_EQ(*row_of(rows, 3).ratio, 10.0);
    EXPECT_EQ(row_of(rows, 4).status, IncrementalStatus::trade_off);
    EXPECT_EQ(*row_of(rows, 4).compared_with, 3U);
    EXPECT_DOUBLE_EQ(*row_of(rows, 4).ratio, 40.0);
    EXPECT_EQ(row_of(rows, 0).status, IncrementalStatus::dominated);
    EXPECT_EQ(*row_of(rows, 0).compared_with, 3U);
    EXPECT_THROW((void)incremental_analysis({alt(1, 1)}), std::invalid_argument);
}

// Two options both cheaper than the baseline (the sweep's staffing points): the dearer one is a
// trade-off against the cheaper, with its price per extra eviction prevented.
TEST(Incremental, TradeOffBetweenTwoOptionsCheaperThanTheBaseline) {
    const std::vector<Alternative> alternatives{base(), alt(-1452, 4.76), alt(-1372, 4.86)};
    const auto rows = incremental_analysis(alternatives);
    EXPECT_EQ(row_of(rows, 1).status, IncrementalStatus::dominant);
    EXPECT_EQ(row_of(rows, 2).status, IncrementalStatus::trade_off);
    EXPECT_NEAR(*row_of(rows, 2).ratio, 80.0 / 0.1, 1e-6);
}

// NB_1 = 1 + 2 x1 + 3 x2 with x1, x2 independent standard normals, against a baseline of 0.
// EVPPI(x1) = E[max(0, 1 + 2 x1)] - max(0, 1) = Phi(0.5) + 2 phi(0.5) - 1 = 0.395593;
// EVPI = E[max(0, 1 + sqrt(13) Z)] - 1 = 0.993510. With 100,000 draws the Monte Carlo standard
// error of either estimate is below 0.012 (sd of NB 3.6 / sqrt(1e5), plus the sample mean's);
// the tolerance, 0.05, is four of them.
TEST(Evppi, KnownAnswerAndEvpiAsUpperBound) {
    const std::size_t n = 100000;
    const auto x1 = normals(11, n);
    const auto x2 = normals(12, n);
    std::vector<std::vector<double>> nb(1, std::vector<double>(n));
    std::vector<std::vector<double>> only_x1(n), only_x2(n), both(n);
    for (std::size_t d = 0; d < n; ++d) {
        nb[0][d] = 1.0 + 2.0 * x1[d] + 3.0 * x2[d];
        only_x1[d] = {x1[d]};
        only_x2[d] = {x2[d]};
        both[d] = {x1[d], x2[d]};
    }
    const double evpi = evpi_from_net_benefit(nb);
    const double evppi_1 = evppi_regression(nb, only_x1);
    const double evppi_2 = evppi_regression(nb, only_x2);
    EXPECT_NEAR(evpi, expected_positive_part(1.0, std::sqrt(13.0)) - 1.0, 0.05);
    EXPECT_NEAR(evppi_1, expected_positive_part(1.0, 2.0) - 1.0, 0.05);
    EXPECT_NEAR(evppi_2, expected_positive_part(1.0, 3.0) - 1.0, 0.05);
    EXPECT_LE(evppi_1, evpi);
    EXPECT_LE(evppi_2, evpi);
    // Learning every parameter is perfect information: the regression fits NB exactly.
    EXPECT_NEAR(evppi_regression(nb, both), evpi, 1e-9);
}

TEST(Evppi, NothingToLearnAndAgreementWithTheDrawForm) {
    // A parameter NB does not depend on is worth (about) nothing to learn.
    const std::size_t n = 2000;
    const auto x = normals(21, n);
    const auto noise = normals(22, n);
    std::vector<std::vector<double>> nb(2, std::vector<double>(n));
    std::vector<std::vector<DrawOutcome>> outcomes(2, std::vector<DrawOutcome>(n));
    std::vector<std::vector<double>> unrelated(n);
    for (std::size_t d = 0; d < n; ++d) {
        nb[0][d] = 5.0 * x[d];
        nb[1][d] = 1.0 + noise[d];
        outcomes[0][d].delta_cost_tkr = -nb[0][d];
        outcomes[1][d].delta_cost_tkr = -nb[1][d];
        unrelated[d] = {noise[(d + 1) % n]};
    }
    EXPECT_NEAR(evpi_from_net_benefit(nb), expected_value_of_perfect_information(outcomes, 0.0),
                1e-9);
    // Regression noise: a useless regressor explains about k/n of the variance.
    EXPECT_LT(evppi_regression(nb, unrelated), 0.1);
}

TEST(Evppi, ParameterGroups) {
    const auto groups = parameter_groups({
        "options.a.staff.bosamordnare.effects[0].relative_risk",
        "options.b.staff.bosamordnare.effects[1].delay_factor",
        "options.a.staff.bosamordnare.caseload_per_fte",
        "states.shelter.cost_per_day",
        "exits.at_risk[2].cost.landlord",
        "arrivals.at_risk.per_year",
    });
    ASSERT_EQ(groups.size(), 4U);
    EXPECT_EQ(groups[0].name, "effects: bosamordnare");
    EXPECT_EQ(groups[0].inputs, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(groups[1].name, "role: bosamordnare");
    EXPECT_EQ(groups[2].name, "costs");
    EXPECT_EQ(groups[2].inputs, (std::vector<std::size_t>{3, 4}));
    EXPECT_EQ(groups[3].name, "arrivals.at_risk.per_year");
}

TEST(MonteCarloError, BootstrapOfAMeanMatchesItsStandardError) {
    // The bootstrap standard error of a mean is sd / sqrt(n) up to resampling noise: with 2000
    // resamples its relative error is about 1 / sqrt(2 * 2000) = 1.6%; 8% is five of them.
    const auto x = normals(31, 400);
    double mean = 0.0;
    for (const double v : x) {
        mean += v / 400.0;
    }
    double ss = 0.0;
    for (const double v : x) {
        ss += (v - mean) * (v - mean);
    }
    const double se = std::sqrt(ss / 399.0 / 400.0);
    const double boot = bootstrap_standard_error(
        x.size(),
        [&](const std::vector<std::size_t>& at) {
            double s = 0.0;
            for (const auto i : at) {
                s += x[i];
            }
            return s / static_cast<double>(at.size());
        },
        5, 2000);
    EXPECT_NEAR(boot / se, 1.0, 0.08);
    EXPECT_NEAR(binomial_standard_error(0.95, 200), 0.01541, 1e-5);
}

TEST(Sampling, DrawsStayInTheValidatedCentralRange) {
    for (std::size_t d = 0; d < 5000; ++d) {
        const double u = parameter_uniform(20180101, d, "options.x.contact.p_success");
        EXPECT_GE(u, sampled_low);
        EXPECT_LE(u, sampled_high);
    }
}

// The acceptability curve of mutually exclusive options is the probability of being best
// (Fenwick, Claxton & Sculpher 2001, Health Econ 10:779), recomputed here from the draws in
// psa_draws form and compared with acceptability.csv's probability_best.
TEST(Acceptability, CurveIsTheProbabilityOfBeingBestRecomputedFromDraws) {
    PsaResult psa;
    psa.options = {"a", "b"};
    const std::size_t n = 300;
    const auto u = normals(41, 2 * n);
    psa.outcomes.assign(2, std::vector<DrawOutcome>(n));
    psa.values.assign(n, {});
    for (std::size_t d = 0; d < n; ++d) {
        psa.outcomes[0][d].delta_cost_tkr = -100.0 + 300.0 * u[d];
        psa.outcomes[0][d].evictions_prevented = 2.0 + u[n + d];
        psa.outcomes[1][d].delta_cost_tkr = -50.0 + 200.0 * u[n + d];
        psa.outcomes[1][d].evictions_prevented = 4.0 + u[d];
    }
    const std::vector<double> lambdas{0.0, 50.0, 200.0};
    const hcsim::report::CsvTable table("acceptability.csv",
                                        hcsim::report::acceptability_csv(psa, lambdas));
    for (const double lambda : lambdas) {
        std::vector<double> wins(3, 0.0);
        for (std::size_t d = 0; d < n; ++d) {
            const double a =
                lambda * psa.outcomes[0][d].evictions_prevented - psa.outcomes[0][d].delta_cost_tkr;
            const double b =
                lambda * psa.outcomes[1][d].evictions_prevented - psa.outcomes[1][d].delta_cost_tkr;
            wins[a > 0.0 && a >= b ? 0 : (b > 0.0 && b > a ? 1 : 2)] += 1.0 / n;
        }
        for (std::size_t r = 0; r < table.rows(); ++r) {
            if (table.number(r, "value_per_eviction_prevented_tkr") != lambda) {
                continue;
            }
            const std::string option = table.text(r, "option");
            const std::size_t k = option == "a" ? 0 : option == "b" ? 1 : 2;
            EXPECT_NEAR(table.number(r, "probability_best"), wins[k], 1e-4) << option << lambda;
        }
    }
}
