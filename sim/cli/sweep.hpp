#pragma once
// `hcsim sweep FILE --role R --fte GRID`: a grid over the FTE of one or two staff roles.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_sweep(CLI::App& app, Context& context);

} // namespace hcsim::cli
