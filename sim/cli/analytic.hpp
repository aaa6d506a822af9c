#pragma once
// `hcsim analytic FILE`: the analytic Markov model's figures, without simulation.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_analytic(CLI::App& app, Context& context);

} // namespace hcsim::cli
