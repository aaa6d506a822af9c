#include "cli_report.hpp"

#include "commands.hpp"
#include "hcsim/report/workbook.hpp"

#include <cstdio>
#include <iostream>

namespace hcsim::cli {

namespace {
const std::vector<std::string> languages{"sv", "en"};
}

CLI::App* register_report(CLI::App& app, ReportOptions& options) {
    auto* report = app.add_subcommand(
        "report", "Write report.html and results.xlsx into a folder written by `compare`");
    report->add_option("folder", options.folder, "compare output folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    report->add_option("--lang", options.language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
    return report;
}

void add_report_flags(CLI::App& compare, bool& report, std::string& language) {
    compare.add_flag("--report", report,
                     "also write report.html and results.xlsx into the output folder");
    compare.add_option("--lang", language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
}

int command_report(const ReportOptions& options) {
    try {
        const auto folder = report::read_compare_folder(options.folder);
        const auto written = report::write_report(folder, report::parse_language(options.language));
        for (const auto& path : written) {
            std::printf("written %s\n", path.string().c_str());
        }
        return exit_ok;
    } catch (const report::ReportInputError& e) {
        std::cerr << e.what() << "\nhcsim: no report written\n";
        return exit_bad_input;
    }
}

bool stage_report(const report::StagedFolder& folder, const std::string& language) {
    try {
        auto read = report::read_compare_folder(folder.staging());
        read.path = folder.target();
        report::write_report_into(read, report::parse_language(language), folder.staging());
        return true;
    } catch (const report::ReportInputError& e) {
        std::cerr << e.what()
                  << "\nhcsim: no report written, and the results were not put in "
                     "place\n";
        return false;
    }
}

} // namespace hcsim::cli
