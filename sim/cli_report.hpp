#pragma once
// `hcsim report DIR [--lang sv|en] [--pdf]`: report.html and results.xlsx from a compare folder.
// `hcsim compare ... --report` calls report_folder once its folder is complete.
#include <CLI/CLI.hpp>
#include <string>

namespace hcsim::cli {

struct ReportOptions {
    std::string folder;
    std::string language = "sv";
    bool pdf = false; // also report.pdf, printed by headless Chromium
};

// Adds the `report` subcommand; returns it so main can tell whether it was chosen.
CLI::App* register_report(CLI::App& app, ReportOptions& options);
// Adds --report and --lang to `compare`.
void add_report_flags(CLI::App& compare, bool& report, std::string& language, bool& pdf);

// Writes the report into the folder; prints where. Exit 0, or 2 for a folder it cannot read
// or, with --pdf, when there is no Chromium to print with (report.html and results.xlsx are
// written all the same).
int command_report(const ReportOptions& options);

} // namespace hcsim::cli
