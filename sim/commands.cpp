#include "commands.hpp"
#include "interrupt.hpp"

#include "cli_outputs.hpp"
#include "cli_report.hpp"
#include "cli_validation.hpp"

#include "hcsim/analysis/experiment.hpp"
#include "hcsim/kernel/tandem_line.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/report/validation.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/scenario/diagnostic.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <unistd.h>

namespace hcsim::cli {

namespace {

// The lines of the console table, in the order a manager reads them.
const std::vector<std::string> headline_metrics{"evictions",
                                                "evictions_with_children",
                                                "households_to_own_lease",
                                                "homeless_nights",
                                                "homeless_households_end",
                                                "mean_days_homeless_to_own_lease",
                                                "flat_queue_wait_days",
                                                "staff_utilisation",
                                                "cost_staff_tkr",
                                                "cost_fixed_tkr",
                                                "cost_housing_tkr",
                                                "cost_events_tkr",
                                                "cost_total_tkr"};

std::string cell(const kernel::ConfidenceInterval& ci) {
    if (std::isnan(ci.mean)) {
        return "-";
    }
    char buffer[96];
    const bool small = std::abs(ci.mean) < 10.0;
    std::snprintf(buffer, sizeof buffer, small ? "%.2f [%.2f, %.2f]" : "%.0f [%.0f, %.0f]", ci.mean,
                  ci.low, ci.high);
    return buffer;
}

void print_table(const std::vector<std::string>& columns,
                 const std::vector<std::pair<std::string, std::vector<std::string>>>& rows) {
    constexpr int label_width = 40;
    std::vector<std::size_t> widths;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::size_t width = columns[c].size();
        for (const auto& row : rows) {
            width = std::max(width, c < row.second.size() ? row.second[c].size() : 0);
        }
        widths.push_back(width);
    }
    std::printf("%-*s", label_width, "");
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::printf("  %*s", static_cast<int>(widths[c]), columns[c].c_str());
    }
    std::printf("\n");
    for (const auto& [label, cells] : rows) {
        std::printf("%-*s", label_width, label.c_str());
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
            std::printf("  %*s", static_cast<int>(widths[c]), cells[c].c_str());
        }
        std::printf("\n");
    }
}

// The replications asked for on the command line, against the limit.
bool replications_within_limit(const RunOptions& o) {
    if (o.replications && static_cast<double>(*o.replications) > o.limits.replications) {
        std::cerr << "hcsim: error: --replications: " << *o.replications << " is "
                  << scenario::limit_hint("replications", o.limits.replications) << "\n";
        return false;
    }
    return true;
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

analysis::RunSettings settings_for(const scenario::Scenario& s, const RunOptions& o) {
    analysis::RunSettings settings;
    settings.replications = o.replications.value_or(s.replications);
    settings.seed = o.seed.value_or(s.seed);
    settings.threads = o.threads;
    settings.independent_streams = o.independent;
    settings.executor = o.executor.get();
    settings.interrupt = &install_interrupt_handlers();
    if (isatty(STDERR_FILENO) != 0) {
        settings.progress = [](std::size_t done, std::size_t total) {
            if (done == total || done % 20 == 0) {
                std::fprintf(stderr, "\rreplications %zu/%zu", done, total);
                if (done == total) {
                    std::fprintf(stderr, "\n");
                }
            }
        };
    }
    return settings;
}

std::string trace_csv(const scenario::Scenario& s, const std::string& option, std::uint64_t seed) {
    const auto& spec = s.option(option).spec;
    std::string csv = trace_header;
    const model::TraceSink sink = [&](const model::TraceRecord& r) {
        csv += report::format_number(r.time) + "," + std::to_string(r.household) + "," +
               report::csv_field(spec.groups[r.group].name) + "," + std::string(r.event) + "," +
               (r.from ? report::csv_field(spec.states[*r.from].name) : "") + "," +
               (r.to ? report::csv_field(spec.states[*r.to].name) : "") + "\n";
    };
    (void)model::simulate_replication(spec, {seed, 0}, sink);
    return csv;
}

// What ran out of memory, with the sizes that decide it, so the planner knows what to lower.
std::string out_of_memory_message(const scenario::Scenario& s,
                                  const analysis::RunSettings& settings) {
    double households = 0.0;
    for (const auto& option : s.options) {
        households = std::max(households, option.households_bound);
    }
    // About 1 kB per household while a replication runs (its record, its queued events and
    // its share of the calendar), for each thread running one.
    const double megabytes = households * 1024.0 * settings.threads / 1e6;
    char text[400];
    std::snprintf(text, sizeof text,
                  "out of memory: %s may hold up to %.0f households per replication, about "
                  "%.0f MB with %u thread(s), besides the results of %zu replications; use "
                  "fewer --threads or --replications, a smaller scenario, or give hcsim more "
                  "memory (ulimit -v)",
                  s.path.c_str(), households, megabytes, settings.threads, settings.replications);
    return text;
}

// Runs the experiment; on failure prints why, sets `code` and returns nothing. `kept` names
// the results an interruption leaves as they were.
std::optional<Timed> run_timed(const scenario::Scenario& s, const analysis::RunSettings& settings,
                               const std::vector<std::string>& options, const std::string& kept,
                               int& code) {
    Timed timed;
    timed.started = utc_now();
    const auto start = std::chrono::steady_clock::now();
    try {
        timed.experiment = analysis::run_experiment(s, settings, options);
    } catch (const model::InvariantError& e) {
        std::cerr << "hcsim: model invariant violated, run stopped: " << e.what() << "\n";
        code = exit_invariant;
        return std::nullopt;
    } catch (const model::EventLimitError& e) {
        std::cerr << s.path << ": error: " << e.what() << "\n";
        code = exit_bad_input;
        return std::nullopt;
    } catch (const analysis::Interrupted& e) {
        std::cerr << "\nhcsim: " << signal_name(e.signal()) << " received, run stopped; " << kept
                  << "\n";
        code = 128 + e.signal();
        return std::nullopt;
    } catch (const std::bad_alloc&) {
        std::cerr << "hcsim: error: " << out_of_memory_message(s, settings) << "; " << kept << "\n";
        code = exit_bad_input;
        return std::nullopt;
    }
    timed.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return timed;
}

void print_summary(const analysis::Experiment& e) {
    const auto rows = analysis::summarise(e);
    std::vector<std::string> columns;
    for (const auto& o : e.options) {
        columns.push_back(o.name);
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> table;
    for (const std::string& metric : headline_metrics) {
        std::vector<std::string> cells;
        std::string unit;
        for (const auto& o : e.options) {
            for (const auto& row : rows) {
                if (row.option == o.name && row.metric == metric) {
                    cells.push_back(cell(row.ci));
                    unit = row.unit;
                }
            }
        }
        table.emplace_back(metric + " (" + unit + ")", cells);
    }
    print_table(columns, table);
}

// Whether this process holds the results and may print and write them (rank 0 of an MPI job).
bool reports(const analysis::RunSettings& settings) {
    return settings.executor == nullptr || settings.executor->is_reporting_process();
}

} // namespace

// The option a flag names, or the scenario's baseline; reports an unknown name.
std::optional<std::string> chosen_option(const scenario::Scenario& s, const std::string& given,
                                         const std::string& flag, const std::string& file) {
    const std::string option = given.empty() ? s.baseline : given;
    if (!s.has_option(option)) {
        std::cerr << file << ": error: " << flag << ": the scenario has no option '" << option
                  << "'\n";
        return std::nullopt;
    }
    return option;
}

int command_validate(const std::vector<std::string>& files, const scenario::Limits& limits) {
    int code = exit_ok;
    for (const std::string& file : files) {
        if (const auto s = load_or_report(file, {}, limits)) {
            std::printf("%s: valid (%zu options: ", file.c_str(), s->options.size());
            for (std::size_t i = 0; i < s->options.size(); ++i) {
                std::printf("%s%s", i ? ", " : "", s->options[i].name.c_str());
            }
            std::printf(")\n");
        } else {
            code = exit_bad_input;
        }
    }
    return code;
}

namespace {
// The scenario of run/compare with --set overrides and --limit applied, or nothing after
// printing why (bad overrides, scenario errors, --replications over its limit).
std::optional<scenario::Scenario> load_for_run(const RunOptions& o) {
    const auto overrides = parse_overrides(o.set);
    if (!overrides) {
        return std::nullopt;
    }
    auto s = load_or_report(o.file, *overrides, o.limits);
    if (!s || !replications_within_limit(o)) {
        return std::nullopt;
    }
    if (o.replications) {
        if (const auto problem = scenario::check_result_size(*s, *o.replications, o.limits)) {
            std::cerr << "hcsim: error: --replications: " << *problem << "\n";
            return std::nullopt;
        }
    }
    return s;
}
} // namespace

int command_run(const RunOptions& o) {
    const auto s = load_for_run(o);
    if (!s) {
        return exit_bad_input;
    }
    const auto chosen = chosen_option(*s, o.option, "--option", o.file);
    if (!chosen) {
        return exit_bad_input;
    }
    const std::string& option = *chosen;
    // Both outputs are checked before the run and written together after it: a bad --trace
    // must not leave a new --out behind.
    const auto inputs = inputs_of(*s);
    if (!o.out.empty()) {
        report::check_output_folder(o.out, inputs);
    }
    if (!o.trace.empty()) {
        report::check_output_file(o.trace, inputs, trace_header, "--trace");
    }
    const auto settings = settings_for(*s, o);
    int code = exit_ok;
    const auto timed =
        run_timed(*s, settings, {option},
                  o.out.empty() ? "nothing was written"
                                : "the previous results in " + o.out + " were left intact",
                  code);
    if (!timed) {
        return code;
    }
    if (!reports(settings)) {
        return exit_ok;
    }
    std::optional<report::StagedFolder> folder;
    std::optional<report::StagedFile> trace;
    if (!o.out.empty()) {
        folder.emplace(o.out, output_files(*s, settings, *timed, option), inputs);
    }
    if (!o.trace.empty()) {
        trace.emplace(o.trace, trace_csv(*s, option, settings.seed), inputs, trace_header,
                      "--trace");
    }
    std::printf("%s — option %s, %zu replications, seed %llu (mean [95%% CI])\n", s->title.c_str(),
                option.c_str(), settings.replications,
                static_cast<unsigned long long>(settings.seed));
    print_summary(timed->experiment);
    if (folder) {
        folder->commit();
        std::printf("written to %s\n", o.out.c_str());
    }
    if (trace) {
        trace->commit();
        std::printf("trace of replication 0 written to %s\n", o.trace.c_str());
    }
    return exit_ok;
}

int command_compare(const RunOptions& o) {
    const auto s = load_for_run(o);
    if (!s) {
        return exit_bad_input;
    }
    const auto chosen = chosen_option(*s, o.baseline, "--baseline", o.file);
    if (!chosen) {
        return exit_bad_input;
    }
    const std::string& baseline = *chosen;
    const auto settings = settings_for(*s, o);
    const std::string out = o.out.empty() ? "results/" + s->name : o.out;
    const auto inputs = inputs_of(*s);
    report::check_output_folder(out, inputs); // before the run, not after it
    int code = exit_ok;
    const auto timed =
        run_timed(*s, settings, {}, "the previous results in " + out + " were left intact", code);
    if (!timed) {
        return code;
    }
    if (!reports(settings)) {
        return exit_ok;
    }
    const auto& e = timed->experiment;
    std::printf(
        "%s — %zu replications, seed %llu, %s (mean [95%% CI]; money in tkr, price year %d)\n",
        s->title.c_str(), settings.replications, static_cast<unsigned long long>(settings.seed),
        settings.independent_streams ? "independent streams" : "common random numbers",
        s->price_year);
    print_summary(e);
    const auto diffs = analysis::differences(e, baseline);
    std::printf("\nAgainst %s (paired differences):\n", baseline.c_str());
    std::vector<std::string> columns;
    for (const auto& opt : e.options) {
        if (opt.name != baseline) {
            columns.push_back(opt.name);
        }
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> table;
    for (const std::string metric :
         {"evictions", "evictions_with_children", "households_to_own_lease", "homeless_nights",
          "cost_total_tkr", "cost_per_eviction_prevented_tkr", "net_cost_per_household_housed_tkr",
          "break_even_year"}) {
        std::vector<std::string> cells;
        for (const auto& column : columns) {
            for (const auto& d : diffs) {
                if (d.option == column && d.metric == metric) {
                    cells.push_back(cell(d.ci));
                }
            }
        }
        table.emplace_back("Δ " + metric, cells);
    }
    print_table(columns, table);
    auto files = output_files(*s, settings, *timed, baseline);
    if (!s->validation.empty()) {
        files.emplace_back("validation.csv", validation_table(*s, baseline, settings));
    }
    report::StagedFolder folder(out, files, inputs);
    if (o.report && !stage_report(folder, o.report_language)) {
        return exit_bad_input; // the folder is not put in place: the earlier results stay
    }
    folder.commit();
    std::printf("\nwritten to %s/ (summary.csv, differences.csv, yearly.csv, timeseries.csv, "
                "transitions.csv, budget.csv, assumptions.csv, manifest.json%s%s) in %.1f s\n",
                out.c_str(), s->validation.empty() ? "" : ", validation.csv",
                o.report ? ", report.html, results.xlsx" : "", timed->seconds);
    return exit_ok;
}

int command_demo(std::uint64_t arrivals) {
    const auto spec = kernel::reference_tandem_line(arrivals, 1);
    const auto result = kernel::run_tandem_line(spec);
    std::printf("tandem line (rate 1/day; 5, 3, 8 servers; means 4.0, 2.5, 7.0 days)\n");
    std::printf("customers %llu, events %llu\n", static_cast<unsigned long long>(arrivals),
                static_cast<unsigned long long>(result.events));
    std::printf("mean time in system %.3f days (exact %.3f)\n", result.time_in_system.mean(),
                kernel::tandem_line_exact_time_in_system(spec));
    return exit_ok;
}

} // namespace hcsim::cli
