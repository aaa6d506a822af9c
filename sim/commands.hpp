#pragma once
// The CLI's commands: each returns the process exit code and does its own printing.
#include "hcsim/analysis/task_executor.hpp"
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_internal = 1;
inline constexpr int exit_bad_input = 2;
inline constexpr int exit_invariant = 3;

struct RunOptions {
    std::string file;
    std::optional<std::size_t> replications;
    std::optional<std::uint64_t> seed;
    unsigned threads = 1;
    std::string out;
    std::string option;
    std::string baseline;
    std::string trace;
    bool independent = false;
    std::vector<std::string> set; // FIELD=VALUE overrides of scenario numbers
    bool report = false;          // compare: also write report.html and results.xlsx
    std::string report_language = "sv";
    // compare: the assumptions' uncertainty (a quick PSA into the same folder). Draws: default
    // cli::compare_psa_draws with --report, else none; 0 leaves it out.
    std::optional<std::size_t> draws;
    std::size_t psa_replications = 50;   // cli::compare_psa_replications
    std::optional<double> horizon_years; // overrides the scenario's horizon_years
    double value_per_eviction_tkr = 0.0; // prices a prevented eviction in net benefits
    std::string schedule = "queue";      // MPI runs: "queue" (work queue) or "static" (blocks)
    // How replications are spread (threads, or MPI ranks); null: `threads` threads.
    std::shared_ptr<const analysis::TaskExecutor> executor;
    scenario::Limits limits;
};

// Prints every error of a scenario (FILE:LINE:COL: error: ...) and their count to stderr.
void print_scenario_errors(const scenario::ScenarioError& e, const std::string& file);
// Loads a scenario, printing every error (FILE:LINE:COL: error: ...) to stderr on failure.
[[nodiscard]] std::optional<scenario::Scenario>
load_or_report(const std::string& file, const scenario::ParameterOverrides& overrides = {},
               const scenario::Limits& limits = {});
// FIELD=VALUE texts as overrides; prints the problem and returns nothing on a malformed one.
[[nodiscard]] std::optional<scenario::ParameterOverrides>
parse_overrides(const std::vector<std::string>& assignments);
// The option a flag names, or the scenario's baseline; prints an error for an unknown name.
std::optional<std::string> chosen_option(const scenario::Scenario& s, const std::string& given,
                                         const std::string& flag, const std::string& file);

int command_validate(const std::vector<std::string>& files, const scenario::Limits& limits);
int command_run(const RunOptions& options);
int command_compare(const RunOptions& options);
int command_demo(std::uint64_t arrivals);
int command_parameters(const std::string& file, bool csv);

} // namespace hcsim::cli
