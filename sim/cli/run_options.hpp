#pragma once
// The options `run` and `compare` share: the scenario's, --replications, --threads,
// --schedule and --out; and the run settings they make.
#include "context.hpp"
#include "scenario_options.hpp"

#include "hcsim/analysis/experiment.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace hcsim::cli {

struct RunOptions {
    ScenarioOptions scenario;
    std::optional<std::size_t> replications; // default: the scenario's
    unsigned threads = 1;
    std::string schedule = "queue"; // MPI runs: "queue" (work queue) or "static" (blocks)
    std::string out;
};

void add_run_options(CLI::App& command, RunOptions& options, const Context& context);

// The settings of a run of `s`: its replications and seed unless given, progress on a
// terminal, stopped by SIGINT/SIGTERM. Throws BadInput for --replications over its limit.
[[nodiscard]] analysis::RunSettings run_settings(const scenario::Scenario& s,
                                                 const RunOptions& options,
                                                 const analysis::TaskExecutor& executor);

// The files a command reads for this scenario: no output path may be one of them or hold one
// (report/output_paths.hpp).
[[nodiscard]] std::vector<std::filesystem::path> inputs_of(const scenario::Scenario& s);

// The headline outcomes of every option of a result, one row per metric.
void print_summary(const std::vector<analysis::SummaryRow>& rows,
                   const std::vector<std::string>& options);

} // namespace hcsim::cli
