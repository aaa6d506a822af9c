#pragma once
// Decision measures over the draws of a probabilistic sensitivity analysis. Net benefit of
// an option against the baseline at a value `lambda` (tkr) placed on one prevented eviction:
//     NB = lambda * evictions_prevented - delta_cost_tkr
// The baseline's net benefit is 0 by definition.
#include <cstddef>
#include <string_view>
#include <vector>

namespace hcsim::analysis {

// One option's outcome in one draw (means over that draw's replications, against baseline).
struct DrawOutcome {
    double delta_cost_tkr = 0.0;      // option minus baseline, every payer (society)
    double delta_cost_city_tkr = 0.0; // the district and the city's central reserve
    double delta_cost_district_tkr = 0.0;
    double evictions_prevented = 0.0; // baseline minus option, discounted as the costs
    double more_to_own_lease = 0.0;   // option minus baseline: households into an own lease
    double delta_homeless_nights = 0.0;
    // Half-widths of the 95% intervals over the replications (inner Monte Carlo noise).
    double delta_cost_half_width_tkr = 0.0;
    double evictions_prevented_half_width = 0.0;
    double delta_cost_se_tkr = 0.0; // standard error of delta_cost_tkr over the replications
    // Mean over the replications of the cumulative cost difference (society) to the end of
    // each budget year, and the share of replications at or below zero by then.
    std::vector<double> cumulative_delta_cost_by_year;
    std::vector<double> share_paid_back_by_year;
};

[[nodiscard]] inline double net_benefit(const DrawOutcome& outcome, double lambda) noexcept {
    return lambda * outcome.evictions_prevented - outcome.delta_cost_tkr;
}

// Share of draws in which the option's net benefit at `lambda` is positive.
[[nodiscard]] double probability_net_benefit_positive(const std::vector<DrawOutcome>& draws,
                                                      double lambda);

// outcomes[option][draw], baseline not included. Share of draws in which each option has the
// highest net benefit of all (the baseline included, winning ties); one entry per option and
// a last one for the baseline.
[[nodiscard]] std::vector<double>
probability_best(const std::vector<std::vector<DrawOutcome>>& outcomes, double lambda);

// Expected value of perfect information for the decision between the options and the
// baseline, in tkr: E[max_j NB_j] - max_j E[NB_j]. What it would be worth to know the true
// parameter values before choosing.
[[nodiscard]] double
expected_value_of_perfect_information(const std::vector<std::vector<DrawOutcome>>& outcomes,
                                      double lambda);

// The grid of values the acceptability curve is drawn over: 0, step, ..., max (inclusive).
// Points of the acceptability curve at most: max_tkr / step_tkr beyond it is refused before
// anything is allocated (psa --max-value / --value-step).
inline constexpr double max_lambda_points = 100000;
// Throws std::invalid_argument for a bad step, BadInput for more than max_lambda_points points.
[[nodiscard]] std::vector<double> lambda_grid(double max_tkr = 1000.0, double step_tkr = 10.0);

} // namespace hcsim::analysis
