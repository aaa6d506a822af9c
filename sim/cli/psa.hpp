#pragma once
// `hcsim psa FILE`: probabilistic sensitivity analysis (docs/decisions.md).
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_psa(CLI::App& app, Context& context);

} // namespace hcsim::cli
