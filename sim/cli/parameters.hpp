#pragma once
// `hcsim parameters FILE`: every number the scenario feeds the model, where it is written
// and what backs it, so a planner can see the assumptions and name fields for --set.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_parameters(CLI::App& app, Context& context);

} // namespace hcsim::cli
