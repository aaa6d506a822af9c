#pragma once
// `hcsim demo`: the kernel's reference tandem queue.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_demo(CLI::App& app, Context& context);

} // namespace hcsim::cli
