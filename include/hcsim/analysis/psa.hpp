#pragma once
// Probabilistic sensitivity analysis: an outer loop over draws of the uncertain parameters
// and, inside each draw, replications of every option with common random numbers.
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/analysis/global_sensitivity.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct PsaSettings {
    std::size_t draws = 200;
    RunSettings inner; // replications, seed, threads of each draw's experiment
    std::string baseline;
    // true (default): every draw reuses the same household streams (replication r of every
    // draw has the same key), so draw-to-draw differences come from the parameters, not from
    // new random numbers. false: each draw gets its own inner seed.
    bool common_streams_across_draws = true;
    std::function<void(std::size_t done, std::size_t total)> progress; // after each draw
};

struct PsaResult {
    std::vector<UncertainInput> inputs;
    std::vector<std::string> options;               // not the baseline
    std::vector<std::vector<double>> values;        // [draw][input]
    std::vector<std::vector<DrawOutcome>> outcomes; // [option][draw]
    std::vector<DrawOutcome> nominal;               // [option], all inputs at nominal values
};

// Inner seed of draw `draw`.
[[nodiscard]] std::uint64_t inner_seed(const PsaSettings& settings, std::size_t draw) noexcept;

// Output does not depend on settings.inner.threads nor on settings.inner.executor, which
// spreads the draws (and the replications of the nominal run). A distributed executor must
// give every process the results (its draws feed later steps).
[[nodiscard]] PsaResult run_psa(const ScenarioFactory& factory,
                                const std::vector<UncertainInput>& inputs,
                                const PsaSettings& settings);

// Per option: share of draws whose mean cost difference is below 0 (saves money), and share
// whose mean evictions prevented is at least one.
[[nodiscard]] double probability_saves_money(const std::vector<DrawOutcome>& draws);
[[nodiscard]] double probability_prevents_an_eviction(const std::vector<DrawOutcome>& draws);

// Sample quantile with linear interpolation between order statistics (R's type 7).
[[nodiscard]] double empirical_quantile(std::vector<double> values, double p);

// The inputs that drive one outcome of one option across the draws, strongest first
// (by |partial rank correlation|, then by |standardised regression coefficient|).
struct Driver {
    std::size_t input = 0;
    double src = 0.0;
    double prcc = 0.0;
};
struct DriverRanking {
    std::string option;
    std::string outcome; // "delta_cost_tkr" or "evictions_prevented"
    double r_squared = 0.0;
    std::vector<Driver> drivers;
};
// Empty when there are too few draws for a regression (draws < inputs + 2) or no inputs.
[[nodiscard]] std::vector<DriverRanking> rank_drivers(const PsaResult& psa);

} // namespace hcsim::analysis
