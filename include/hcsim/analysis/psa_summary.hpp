#pragma once
// The headline figures of a probabilistic sensitivity analysis, each with its Monte Carlo
// standard error, so a reader can tell a figure from the noise of the run that made it.
// Two sources of Monte Carlo error: the finite number of draws (a bootstrap over the draws
// with a fixed seed; binomial for the probabilities), and, with shared household streams
// (the default), the inner replications' error, which moves every draw together by one
// offset: it is the standard error of the nominal run's mean difference.
#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/analysis/psa.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct McEstimate {
    double value = 0.0;
    double mc_se = 0.0; // over the draws
};

struct PsaOptionSummary {
    std::string option;
    Perspective perspective = Perspective::society;
    std::size_t draws = 0;
    McEstimate delta_cost_mean, delta_cost_p05, delta_cost_median, delta_cost_p95;
    McEstimate prevented_mean, prevented_p05, prevented_median, prevented_p95;
    McEstimate lease_mean, lease_p05, lease_median, lease_p95;
    McEstimate probability_saves_money;          // Δcost < 0 in the perspective
    McEstimate probability_prevents_an_eviction; // evictions prevented >= 1
    double nominal_delta_cost_tkr = 0.0;         // every input at its nominal value
    double nominal_evictions_prevented = 0.0;
    // Standard error of the nominal run's mean Δcost (society) over its replications: with
    // shared streams, the offset common to every draw.
    double inner_delta_cost_se_tkr = 0.0;
    std::vector<double> share_of_draws_paid_back_by_year; // society, mean cumulative Δcost <= 0
};

// The Δcost of a draw in a perspective.
[[nodiscard]] double delta_cost(const DrawOutcome& outcome, Perspective perspective) noexcept;

// Standard error of `statistic` over bootstrap resamples of the draws (indices 0..draws-1),
// from the Philox stream keyed by `seed`: the same bytes on every machine.
[[nodiscard]] double
bootstrap_standard_error(std::size_t draws,
                         const std::function<double(const std::vector<std::size_t>&)>& statistic,
                         std::uint64_t seed, std::size_t resamples = 200);

// Binomial standard error of a share p over n draws.
[[nodiscard]] double binomial_standard_error(double p, std::size_t n) noexcept;

// One summary per option and perspective (options in PSA order, perspectives in
// all_perspectives order).
[[nodiscard]] std::vector<PsaOptionSummary> summarise_psa(const PsaResult& psa, std::uint64_t seed,
                                                          std::size_t resamples = 200);

} // namespace hcsim::analysis
