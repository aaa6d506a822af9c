#pragma once
// `hcsim validate FILE...`: loads each scenario and reports every error of every file.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_validate(CLI::App& app, Context& context);

} // namespace hcsim::cli
