#pragma once
// `hcsim report DIR [--lang sv|en] [--pdf]`: report.html and results.xlsx (and report.pdf)
// from a compare folder.
#include "context.hpp"

#include "hcsim/study/compare.hpp"

#include <CLI/CLI.hpp>
#include <string>

namespace hcsim::cli {

void setup_report(CLI::App& app, Context& context);
// Adds --report, --lang and --pdf to `compare`.
void add_report_flags(CLI::App& compare, bool& report, std::string& language, bool& pdf);
// report.html and results.xlsx into the result's folder, and report.pdf when `pdf`; prints
// each path. Without Chromium for the PDF: ChromiumMissing (exit 2) after the other two.
void write_report_files(const study::CompareResult& result, const std::string& language, bool pdf);

} // namespace hcsim::cli
