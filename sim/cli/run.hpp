#pragma once
// `hcsim run FILE`: one option's outcome table, its folder (--out) and audit trail (--trace).
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_run(CLI::App& app, Context& context);

} // namespace hcsim::cli
