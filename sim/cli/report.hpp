#pragma once
// `hcsim report DIR [--lang sv|en]`: report.html and results.xlsx from a compare folder.
#include "context.hpp"

#include <CLI/CLI.hpp>
#include <string>

namespace hcsim::cli {

void setup_report(CLI::App& app, Context& context);
// Adds --report and --lang to `compare`.
void add_report_flags(CLI::App& compare, bool& report, std::string& language);

} // namespace hcsim::cli
