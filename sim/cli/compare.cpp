#include "compare.hpp"

#include "console.hpp"
#include "decisions_print.hpp"
#include "report.hpp"
#include "run_options.hpp"

#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/output_paths.hpp"
#include "hcsim/report/workbook.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/decisions.hpp"

#include <cmath>
#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

// Draws and replications of the PSA that compare --report runs by default: about 20 s of one
// core (10 s on two) for a seed scenario of three options, break-even search included
// (docs/decisions.md). 50 replications keep the error common to every draw near a fifth of
// Norrmalm's cost difference; 20 left it at a third.
constexpr std::size_t default_psa_draws = 100;
constexpr std::size_t default_psa_replications = 50;

struct CompareOptions {
    RunOptions run;
    std::string baseline;
    bool independent = false;
    bool report = false; // also write report.html and results.xlsx
    std::string report_language = "sv";
    bool report_pdf = false; // with --report: also report.pdf
    // The assumptions' uncertainty: a quick PSA into the same folder. Draws: the default with
    // --report, else none; 0 leaves it out.
    std::optional<std::size_t> draws;
    std::size_t psa_replications = default_psa_replications;
    std::optional<double> horizon_years;
    double value_per_eviction_tkr = 0.0;
};

void print_differences(const study::CompareResult& r) {
    std::printf("\nAgainst %s (paired differences; the interval is the simulation's precision "
                "with the assumptions fixed, not their uncertainty):\n",
                r.baseline().c_str());
    std::vector<std::string> columns;
    for (const auto& option : r.options()) {
        if (option != r.baseline()) {
            columns.push_back(option);
        }
    }
    std::vector<std::string> metrics{"evictions", "evictions_with_children"};
    for (const auto& row : r.differences) {
        if (row.option == columns.front() && row.metric.starts_with("evictions_of_")) {
            metrics.push_back(row.metric);
        }
    }
    for (const char* metric : {"households_to_own_lease", "households_with_own_lease_end",
                               "homeless_nights", "cost_total_tkr"}) {
        metrics.emplace_back(metric);
    }
    bool after_total = false; // cost_<payer>_tkr follow cost_total_tkr: who pays, who saves
    for (const auto& row : r.differences) {
        if (row.option != columns.front()) {
            continue;
        }
        if (after_total && row.metric.starts_with("cost_")) {
            metrics.push_back(row.metric);
        }
        after_total = after_total || row.metric == "cost_total_tkr";
    }
    ConsoleTable table(columns);
    for (const std::string& metric : metrics) {
        std::vector<std::string> cells;
        for (const auto& column : columns) {
            if (const auto* d = r.find_difference(column, metric)) {
                cells.push_back(d->unaffected ? "not affected" : interval_cell(d->ci));
            }
        }
        table.add_row("Δ " + metric, cells);
    }
    table.print();
}

// The incremental analysis per perspective: status, and a ratio only for a trade-off; then
// the funder's own figure.
void print_incremental(const study::CompareResult& r) {
    std::printf("\nCost-effectiveness by perspective (options by cost; a ratio only where an "
                "option costs more and prevents more than the one before it):\n");
    std::string perspective;
    for (const auto& row : r.incremental) {
        const std::string name(analysis::to_string(row.perspective));
        if (name != perspective) {
            perspective = name;
            std::printf("  %s (%s):\n", name.c_str(),
                        name == "district"
                            ? "the district's own budget"
                            : (name == "city" ? "district and the city's central reserve"
                                              : "every payer, landlords and tenants included"));
        }
        std::string detail;
        if (row.status == analysis::IncrementalStatus::trade_off && row.ratio) {
            char buffer[200];
            if (row.ratio->estimable) {
                std::snprintf(buffer, sizeof buffer,
                              ", %.0f tkr per eviction prevented [%.0f, %.0f] against %s",
                              row.ratio->ratio, row.ratio->low, row.ratio->high,
                              row.compared_with.c_str());
            } else {
                std::snprintf(buffer, sizeof buffer,
                              ", ratio against %s not estimable (the extra evictions prevented "
                              "are not distinguishable from zero)",
                              row.compared_with.c_str());
            }
            detail = buffer;
        } else if (!row.compared_with.empty()) {
            detail = " by " + row.compared_with;
        }
        std::printf("    %-28s %-21s Δcost %s%s\n", row.option.c_str(),
                    std::string(analysis::to_string(row.status)).c_str(),
                    interval_cell(row.delta_cost).c_str(), detail.c_str());
    }
    for (const auto& f : r.funders) {
        const auto& q = f.per_eviction_prevented;
        char per[160];
        if (q.estimable) {
            std::snprintf(per, sizeof per, "per eviction prevented %.0f tkr [%.0f, %.0f]", q.ratio,
                          q.low, q.high);
        } else {
            std::snprintf(per, sizeof per,
                          "per eviction prevented: not estimable (the evictions "
                          "prevented are not distinguishable from zero)");
        }
        std::printf("  Funder's figure: %s pays %.0f tkr for %s; %s\n", f.payer.c_str(),
                    f.funds_tkr.mean, f.option.c_str(), per);
    }
}

// The assumptions' uncertainty for the headline: a quick PSA (no tornado or ranking of
// drivers) whose files join the compare folder, with psa_status.csv saying whether it ran.
void add_decision_headline(const scenario::Scenario& s, const CompareOptions& o,
                           const analysis::RunSettings& settings, const std::string& baseline,
                           std::vector<std::pair<std::string, std::string>>& files) {
    const std::size_t draws = o.draws.value_or(o.report ? default_psa_draws : 0);
    const auto inputs = study::uncertain_inputs(s).size();
    const auto horizon =
        static_cast<std::size_t>(std::lround(s.options.front().spec.horizon_days / 365.0));
    if (draws == 0 || inputs == 0) {
        files.emplace_back(
            "psa_status.csv",
            report::psa_status_csv(draws == 0 ? "not_requested" : "nothing_uncertain", 0,
                                   o.psa_replications, o.psa_replications, inputs, horizon));
        std::printf(draws == 0
                        ? "\nThe assumptions' uncertainty was not computed (--draws 0): the "
                          "intervals above are the simulation's precision only.\n"
                        : "\nNo assumption in this scenario has a distribution, so how uncertain "
                          "the result is cannot be shown: every staff effect is taken as "
                          "certain.\n");
        return;
    }
    study::PsaRequest request;
    request.draws = draws;
    request.baseline = baseline;
    request.tornado_replications = o.psa_replications;
    request.tornado_and_drivers = false;
    request.value_per_eviction_tkr = o.value_per_eviction_tkr;
    analysis::RunSettings inner;
    inner.replications = o.psa_replications;
    inner.seed = settings.seed;
    inner.threads = settings.threads; // only the reporting process gets here: its own threads
    const auto result = study::psa(s, o.run.scenario.factory(s), request, inner);
    print_decision_headline(s, result, baseline);
    for (auto& file : report::psa_files(result)) {
        files.push_back(std::move(file));
    }
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

void compare(CompareOptions o, Context& context) {
    if (o.horizon_years) {
        o.run.scenario.set.push_back("horizon_years=" + std::to_string(*o.horizon_years));
    }
    const auto s = o.run.scenario.load();
    const auto executor = context.group.executor(o.run.threads, o.run.schedule);
    auto settings = run_settings(s, o.run, *executor);
    settings.independent_streams = o.independent;
    const std::string out = o.run.out.empty() ? "results/" + s.name : o.run.out;
    const auto inputs = inputs_of(s);
    report::check_output_folder(out, inputs); // before the run, not after it
    check_pdf_possible(o.report_pdf);
    context.on_interrupt = "the previous results in " + out + " were left intact";
    const auto result = study::compare(
        s, settings,
        {{}, o.baseline, out, true, o.value_per_eviction_tkr, o.run.scenario.factory(s)});
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
    print_incremental(*result);
    if (!result->validation.empty()) {
        print_validation(*result);
    }
    auto files = report::compare_files(*result);
    add_decision_headline(s, o, settings, result->baseline(), files);
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
    add_baseline_option(*command, options->baseline);
    command->add_flag("--independent", options->independent,
                      "independent streams per option instead of common random numbers");
    add_report_flags(*command, options->report, options->report_language, options->report_pdf);
    command
        ->add_option("--draws", options->draws,
                     "draws of the uncertain assumptions for the headline (default 100 with "
                     "--report, else 0; 0 leaves it out)")
        ->check(CLI::Range(0ULL, 100000ULL));
    command
        ->add_option("--psa-replications", options->psa_replications,
                     "replications per draw of that analysis")
        ->check(CLI::Range(1ULL, 100000ULL));
    add_value_per_eviction_option(
        *command, options->value_per_eviction_tkr,
        "value of one prevented eviction in net benefits, tkr (default 0: money)");
    add_horizon_option(*command, options->horizon_years);
    command->callback([options, &context] { compare(*options, context); });
}

} // namespace hcsim::cli
