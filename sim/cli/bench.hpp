#pragma once
// `hcsim bench`: the reference workloads timed against hand-written loops (sim/bench/).
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_bench(CLI::App& app, Context& context);

} // namespace hcsim::cli
