#pragma once
// `hcsim report DIR [--lang sv|en] [--pdf]`: report.html and results.xlsx (and report.pdf)
// from a compare folder.
#include "context.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>

namespace hcsim::cli {

void setup_report(CLI::App& app, Context& context);
// Adds --report, --lang and --pdf to `compare`.
void add_report_flags(CLI::App& compare, bool& report, std::string& language, bool& pdf);
// With --pdf: exit 2 before anything is written when there is no Chromium to print with.
void check_pdf_possible(bool pdf);
// report.pdf from report.html in `folder` (a compare's staging folder, or the folder itself).
void write_report_pdf(const std::filesystem::path& folder);

} // namespace hcsim::cli
