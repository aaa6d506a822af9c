#pragma once
// `hcsim report DIR [--lang sv|en]`: report.html and results.xlsx from a compare folder.
// `hcsim compare ... --report` calls stage_report before its folder is put in place.
#include "hcsim/report/output_paths.hpp"

#include <CLI/CLI.hpp>
#include <string>

namespace hcsim::cli {

struct ReportOptions {
    std::string folder;
    std::string language = "sv";
};

// Adds the `report` subcommand; returns it so main can tell whether it was chosen.
CLI::App* register_report(CLI::App& app, ReportOptions& options);
// Adds --report and --lang to `compare`.
void add_report_flags(CLI::App& compare, bool& report, std::string& language);

// Writes the report into the folder; prints where. Exit 0, or 2 for a folder it cannot read.
int command_report(const ReportOptions& options);
// Writes the report into a compare folder that is complete but not yet in place, reading it
// as if it were (siblings -psa, -sweep beside the final name). False after printing why.
[[nodiscard]] bool stage_report(const report::StagedFolder& folder, const std::string& language);

} // namespace hcsim::cli
