#pragma once
// `hcsim compare FILE`: every option against the baseline with common random numbers; the
// tables, the folder of CSVs, and with --report the report and the workbook.
#include "context.hpp"

#include <CLI/CLI.hpp>

namespace hcsim::cli {

void setup_compare(CLI::App& app, Context& context);

} // namespace hcsim::cli
