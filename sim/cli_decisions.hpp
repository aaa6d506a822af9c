#pragma once
// `hcsim psa` and `hcsim sweep`: decisions under uncertainty (docs/decisions.md).
#include "hcsim/analysis/task_executor.hpp"
#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::cli {

struct PsaOptions {
    std::string file;
    std::size_t draws = 200;
    std::size_t replications = 50;
    std::optional<std::size_t> tornado_replications; // default: --replications
    std::optional<std::uint64_t> seed;
    unsigned threads = 1;
    std::string baseline;
    std::string out;
    bool independent_draws = false;
    bool skip_break_even = false;
    double max_value_tkr = 1000.0;
    double value_step_tkr = 10.0;
    double value_per_eviction_tkr = 0.0;
    std::optional<double> horizon_years;
    // Spreads draws and replications (threads, or MPI ranks with every result on every rank).
    std::shared_ptr<const analysis::TaskExecutor> executor;
};

struct SweepOptions {
    std::string file;
    std::vector<std::string> roles;
    std::vector<std::string> grids;
    std::vector<std::string> options;
    std::size_t replications = 50;
    std::optional<std::uint64_t> seed;
    unsigned threads = 1;
    std::string baseline;
    std::string out;
    double value_per_eviction_tkr = 0.0;
    // Spreads replications (threads, or MPI ranks with every result on every rank).
    std::shared_ptr<const analysis::TaskExecutor> executor;
};

// Adds the subcommand; returns it so main can see whether it was chosen.
CLI::App* register_psa(CLI::App& app, PsaOptions& options, unsigned default_threads);
CLI::App* register_sweep(CLI::App& app, SweepOptions& options, unsigned default_threads);

int command_psa(const PsaOptions& options);
int command_sweep(const SweepOptions& options);

} // namespace hcsim::cli
