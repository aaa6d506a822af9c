#pragma once
// The probabilistic sensitivity analysis as `psa` and `compare --report` both run it, and the
// files it writes (docs/decisions.md). The sizes differ: compare runs a quick one for its
// headline; psa runs the full one with the tornado and the ranking of drivers.
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/psa_summary.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace hcsim::cli {

// Draws and replications of the PSA that compare --report runs by default: about 20 s of one
// core (10 s on two) for a seed scenario of three options, break-even search included
// (docs/decisions.md). 50 replications keep the error common to every draw near a fifth of
// Norrmalm's cost difference; 20 left it at a third.
inline constexpr std::size_t compare_psa_draws = 100;
inline constexpr std::size_t compare_psa_replications = 50;

struct DecisionRun {
    std::string file;
    analysis::Overrides fixed; // --set and --horizon-years, under every draw
    std::size_t draws = 200;
    std::size_t replications = 50;
    std::size_t one_way_replications = 50; // tornado and break-even runs
    std::uint64_t seed = 1;
    unsigned threads = 1;
    const analysis::TaskExecutor* executor = nullptr;
    std::string baseline;
    bool independent_draws = false;
    bool tornado_and_drivers = true;
    bool break_even = true;
    std::vector<double> acceptability_values; // tkr per eviction prevented
    std::vector<double> evppi_values;
    std::size_t horizon_years = 3;
    std::function<void(std::size_t, std::size_t)> progress;
};

struct DecisionResult {
    analysis::PsaResult psa;
    std::vector<analysis::PsaOptionSummary> summary;
    std::vector<analysis::TornadoBar> bars;
    std::vector<analysis::DriverRanking> drivers;
    std::vector<analysis::BreakEven> break_even;
};

// Every parameter with a distribution, labelled for people.
[[nodiscard]] std::vector<analysis::UncertainInput> uncertain_inputs(const scenario::Scenario& s);
// Every staff effect (relative risk or delay factor under an option's staff).
[[nodiscard]] std::vector<analysis::EffectField> effect_fields(const scenario::Scenario& s);
// Whether a field is a staff effect.
[[nodiscard]] bool is_staff_effect(const std::string& field);

// Runs the PSA (and, as asked, the tornado, drivers and break-even search). Throws what
// load_scenario and run_experiment throw.
[[nodiscard]] DecisionResult run_decision_analysis(const scenario::Scenario& nominal,
                                                   const DecisionRun& run);

// The files of a decision analysis: psa_summary, psa_draws, acceptability, evpi, evppi,
// break_even, psa_break_even_years (and tornado, global_sensitivity when they were run).
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
decision_files(const DecisionResult& result, const DecisionRun& run);

// psa_status.csv: whether the assumptions' uncertainty was computed, and its sizes.
[[nodiscard]] std::string psa_status_csv(const std::string& status, const DecisionRun& run,
                                         std::size_t uncertain_parameters);

// The console headline per option: cost to the funder, break-even share, probabilities and
// ranges over the assumptions (with their Monte Carlo error), the sceptical reading.
void print_decision_headline(const scenario::Scenario& s, const DecisionResult& result,
                             const std::string& baseline);

} // namespace hcsim::cli
