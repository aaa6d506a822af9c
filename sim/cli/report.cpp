#include "report.hpp"

#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/output_paths.hpp"
#include "hcsim/report/pdf.hpp"
#include "hcsim/report/workbook.hpp"

#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

const std::vector<std::string> languages{"sv", "en"};

struct ReportOptions {
    std::string folder;
    std::string language = "sv";
    bool pdf = false; // also report.pdf, printed by headless Chromium
};

} // namespace

void check_pdf_possible(bool pdf) {
    if (pdf) {
        report::require_chromium();
    }
}

void write_report_pdf(const std::filesystem::path& folder) {
    report::write_pdf(folder / "report.html", folder / "report.pdf");
}

void setup_report(CLI::App& app, Context& /*context*/) {
    auto options = std::make_shared<ReportOptions>();
    auto* command = app.add_subcommand(
        "report", "Write report.html and results.xlsx into a folder written by `compare`");
    command->add_option("folder", options->folder, "compare output folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    command->add_option("--lang", options->language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
    command->add_flag("--pdf", options->pdf,
                      "also write report.pdf (A4, printed by headless Chromium)");
    command->callback([options] {
        check_pdf_possible(options->pdf);
        const std::filesystem::path pdf = std::filesystem::path(options->folder) / "report.pdf";
        if (options->pdf) { // an earlier report.pdf of hcsim's may be replaced, nothing else
            report::check_output_file(pdf, {}, "%PDF", "--pdf");
        }
        // The same value `compare` computes, read back from its files.
        const auto result = report::read_compare_folder(options->folder);
        for (const auto& path :
             report::write_report(result, report::parse_language(options->language))) {
            std::printf("written %s\n", path.string().c_str());
        }
        if (options->pdf) {
            write_report_pdf(options->folder);
            std::printf("written %s\n", pdf.string().c_str());
        }
    });
}

void add_report_flags(CLI::App& compare, bool& report, std::string& language, bool& pdf) {
    auto* with_report = compare.add_flag(
        "--report", report, "also write report.html and results.xlsx into the output folder");
    compare.add_option("--lang", language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
    compare.add_flag("--pdf", pdf, "with --report: also write report.pdf (headless Chromium)")
        ->needs(with_report);
}

} // namespace hcsim::cli
