#include "cli_report.hpp"

#include "commands.hpp"
#include "hcsim/report/pdf.hpp"
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
    report->add_flag("--pdf", options.pdf,
                     "also write report.pdf (A4, printed by headless Chromium)");
    return report;
}

void add_report_flags(CLI::App& compare, bool& report, std::string& language, bool& pdf) {
    auto* with_report = compare.add_flag(
        "--report", report, "also write report.html and results.xlsx into the output folder");
    compare.add_option("--lang", language, "language of the report (default sv)")
        ->check(CLI::IsMember(languages));
    compare.add_flag("--pdf", pdf, "with --report: also write report.pdf (headless Chromium)")
        ->needs(with_report);
}

int command_report(const ReportOptions& options) {
    try {
        const auto folder = report::read_compare_folder(options.folder);
        const auto written = report::write_report(folder, report::parse_language(options.language));
        for (const auto& path : written) {
            std::printf("written %s\n", path.string().c_str());
        }
        if (options.pdf) {
            const auto pdf = folder.path / "report.pdf";
            report::write_pdf(folder.path / "report.html", pdf);
            std::printf("written %s\n", pdf.string().c_str());
        }
        return exit_ok;
    } catch (const report::ReportInputError& e) {
        std::cerr << e.what() << "\nhcsim: no report written\n";
        return exit_bad_input;
    } catch (const report::ChromiumMissing& e) {
        std::cerr << "hcsim report: " << e.what() << "\n";
        return exit_bad_input;
    } catch (const report::PdfError& e) {
        std::cerr << "hcsim report: error: " << e.what() << "\nhcsim: no report.pdf written\n";
        return exit_internal;
    }
}

} // namespace hcsim::cli
