#include "report.hpp"

#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/workbook.hpp"

#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

const std::vector<std::string> languages{"sv", "en"};

struct ReportOptions {
    std::string folder;
    std::string language = "sv";
};

} // namespace

void setup_report(CLI::App& app, Context& /*context*/) {
    auto options = std::make_shared<ReportOptions>();
    auto* command = app.add_subcommand(
        "report", "Write report.html and results.xlsx into a folder written by `compare`");
    command->add_option("folder", options->folder, "compare output folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    command->add_option("--lang", options->language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
    command->callback([options] {
        // The same value `compare` computes, read back from its files.
        const auto result = report::read_compare_folder(options->folder);
        for (const auto& path :
             report::write_report(result, report::parse_language(options->language))) {
            std::printf("written %s\n", path.string().c_str());
        }
    });
}

void add_report_flags(CLI::App& compare, bool& report, std::string& language) {
    compare.add_flag("--report", report,
                     "also write report.html and results.xlsx into the output folder");
    compare.add_option("--lang", language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
}

} // namespace hcsim::cli
