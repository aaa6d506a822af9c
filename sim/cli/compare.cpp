#include "compare.hpp"

#include "console.hpp"
#include "report.hpp"
#include "run_options.hpp"

#include "hcsim/report/output_paths.hpp"
#include "hcsim/report/workbook.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/study/compare.hpp"

#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

struct CompareOptions {
    RunOptions run;
    std::string baseline;
    bool independent = false;
    bool report = false; // also write report.html and results.xlsx
    std::string report_language = "sv";
    bool report_pdf = false; // with --report: also report.pdf
};

const std::vector<std::string> difference_metrics{"evictions",
                                                  "evictions_with_children",
                                                  "households_to_own_lease",
                                                  "homeless_nights",
                                                  "cost_total_tkr",
                                                  "cost_per_eviction_prevented_tkr",
                                                  "net_cost_per_household_housed_tkr",
                                                  "break_even_year"};

void print_differences(const study::CompareResult& r) {
    std::printf("\nAgainst %s (paired differences):\n", r.baseline().c_str());
    std::vector<std::string> columns;
    for (const auto& option : r.options()) {
        if (option != r.baseline()) {
            columns.push_back(option);
        }
    }
    ConsoleTable table(columns);
    for (const std::string& metric : difference_metrics) {
        std::vector<std::string> cells;
        for (const auto& column : columns) {
            if (const auto* d = r.find_difference(column, metric)) {
                cells.push_back(interval_cell(d->ci));
            }
        }
        table.add_row("Δ " + metric, cells);
    }
    table.print();
}

void print_validation(const study::CompareResult& r) {
    std::printf("\nValidation: observed figures against %s (model mean [95%% CI]; 95%% of "
                "replications within range)\n",
                r.baseline().c_str());
    std::printf("%-28s  %9s  %26s  %20s  %10s  %s\n", "target", "observed", "model mean [95% CI]",
                "replication range", "difference", "within range");
    for (const auto& check : r.validation) {
        char mean[64];
        char range[64];
        std::snprintf(mean, sizeof mean, "%.1f [%.1f, %.1f]", check.model.mean, check.model.low,
                      check.model.high);
        std::snprintf(range, sizeof range, "%.1f - %.1f", check.range_low, check.range_high);
        std::printf("%-28s  %9.1f  %26s  %20s  %10.1f  %s\n", check.target.c_str(), check.observed,
                    mean, range, check.difference, check.within_range ? "yes" : "no");
    }
}

void compare(const CompareOptions& o, Context& context) {
    const auto s = o.run.scenario.load();
    const auto executor = context.group.executor(o.run.threads, o.run.schedule);
    auto settings = run_settings(s, o.run, *executor);
    settings.independent_streams = o.independent;
    const std::string out = o.run.out.empty() ? "results/" + s.name : o.run.out;
    const auto inputs = inputs_of(s);
    report::check_output_folder(out, inputs); // before the run, not after it
    check_pdf_possible(o.report_pdf);
    context.on_interrupt = "the previous results in " + out + " were left intact";
    const auto result = study::compare(s, settings, {{}, o.baseline, out, true});
    if (!result) {
        return; // rank 0 of an MPI job prints and writes
    }
    std::printf(
        "%s — %zu replications, seed %llu, %s (mean [95%% CI]; money in tkr, price year %d)\n",
        s.title.c_str(), settings.replications, static_cast<unsigned long long>(settings.seed),
        settings.independent_streams ? "independent streams" : "common random numbers",
        s.price_year);
    print_summary(result->summary, result->options());
    print_differences(*result);
    if (!result->validation.empty()) {
        print_validation(*result);
    }
    const auto files = report::compare_files(*result);
    report::StagedFolder folder(out, files, inputs);
    if (o.report) {
        // Into the staged folder, before the swap: a report that fails leaves the earlier
        // results as they were, and never a stale report beside new CSVs.
        report::write_report_into(*result, report::parse_language(o.report_language),
                                  folder.staging());
        if (o.report_pdf) {
            write_report_pdf(folder.staging());
        }
    }
    folder.commit();
    std::string names;
    for (const auto& [name, contents] : files) {
        names += (names.empty() ? "" : ", ") + name;
    }
    std::printf("\nwritten to %s/ (%s%s%s) in %.1f s\n", out.c_str(), names.c_str(),
                o.report ? ", report.html, results.xlsx" : "", o.report_pdf ? ", report.pdf" : "",
                result->manifest.wall_seconds);
}

} // namespace

void setup_compare(CLI::App& app, Context& context) {
    auto options = std::make_shared<CompareOptions>();
    auto* command = app.add_subcommand(
        "compare", "Run every option against the baseline with common random numbers");
    add_run_options(*command, options->run, context);
    command->add_option("--baseline", options->baseline,
                        "baseline option (default: the scenario's)");
    command->add_flag("--independent", options->independent,
                      "independent streams per option instead of common random numbers");
    add_report_flags(*command, options->report, options->report_language, options->report_pdf);
    command->callback([options, &context] { compare(*options, context); });
}

} // namespace hcsim::cli
