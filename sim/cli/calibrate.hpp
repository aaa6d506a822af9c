#pragma once
// `hcsim calibrate FILE --targets TARGETS.yaml`: fits the scenario's free parameters
// (fields marked `calibrate: {min:, max:}`) to observed figures and writes the calibrated scenario.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_calibrate(CLI::App& app, Context& context);

} // namespace hcsim::cli
