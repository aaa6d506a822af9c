#pragma once
// `hcsim analytic FILE`: the analytic Markov model's figures, without simulation.
#include <CLI/CLI.hpp>
#include <string>

namespace hcsim::cli {

struct AnalyticCommandOptions {
    std::string file;
    std::string option;
    bool approximate = false;
};

CLI::App* register_analytic(CLI::App& app, AnalyticCommandOptions& options);
int command_analytic(const AnalyticCommandOptions& options);

} // namespace hcsim::cli
