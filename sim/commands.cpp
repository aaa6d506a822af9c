#include "commands.hpp"
#include "interrupt.hpp"

#include "cli_outputs.hpp"
#include "cli_psa_run.hpp"
#include "cli_report.hpp"
#include "cli_validation.hpp"

#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/kernel/tandem_line.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/report/validation.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/scenario/diagnostic.hpp"

#include <algorithm>
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

// Enough decimals that the interval's half-width keeps its first digit ("-12.0 [-12.5,
// -11.6]", not "-12 [-12, -12]"); a value the same in every replication is printed alone.
std::string cell(const kernel::ConfidenceInterval& ci) {
    if (std::isnan(ci.mean)) {
        return "-";
    }
    char buffer[96];
    const double half = ci.half_width();
    if (!(half > 0.0)) {
        if (ci.mean == 0.0) {
            return "0";
        }
        std::snprintf(buffer, sizeof buffer, std::abs(ci.mean) < 10.0 ? "%.2f" : "%.0f", ci.mean);
        return buffer;
    }
    const int decimals = std::clamp(static_cast<int>(-std::floor(std::log10(half))),
                                    std::abs(ci.mean) < 10.0 ? 1 : 0, 3);
    std::snprintf(buffer, sizeof buffer, "%.*f [%.*f, %.*f]", decimals, ci.mean, decimals, ci.low,
                  decimals, ci.high);
    return buffer;
}

std::string difference_cell(const analysis::DifferenceRow& d) {
    return d.unaffected ? "not affected" : cell(d.ci);
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

int write_trace(const scenario::Scenario& s, const std::string& option, std::uint64_t seed,
                const std::string& path) {
    const auto& spec = s.option(option).spec;
    std::string csv = "time,household,group,event,from,to\n";
    const model::TraceSink sink = [&](const model::TraceRecord& r) {
        csv += report::format_number(r.time) + "," + std::to_string(r.household) + "," +
               spec.groups[r.group].name + "," + std::string(r.event) + "," +
               (r.from ? spec.states[*r.from].name : "") + "," +
               (r.to ? spec.states[*r.to].name : "") + "\n";
    };
    (void)model::simulate_replication(spec, {seed, 0}, sink);
    report::write_file_atomically(path, csv);
    return exit_ok;
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

// The incremental analysis per perspective: status, and a ratio only for a trade-off.
void print_incremental(const std::vector<analysis::CostEffectivenessRow>& rows) {
    std::printf("\nCost-effectiveness by perspective (options by cost; a ratio only where an "
                "option costs more and prevents more than the one before it):\n");
    std::string perspective;
    for (const auto& r : rows) {
        const std::string name(analysis::to_string(r.perspective));
        if (name != perspective) {
            perspective = name;
            std::printf("  %s (%s):\n", name.c_str(),
                        name == "district"
                            ? "the district's own budget"
                            : (name == "city" ? "district and the city's central reserve"
                                              : "every payer, landlords and tenants included"));
        }
        std::string detail;
        if (r.status == analysis::IncrementalStatus::trade_off && r.ratio) {
            char buffer[160];
            if (r.ratio->estimable) {
                std::snprintf(buffer, sizeof buffer,
                              ", %.0f tkr per eviction prevented [%.0f, %.0f] against %s",
                              r.ratio->ratio, r.ratio->low, r.ratio->high, r.compared_with.c_str());
            } else {
                std::snprintf(buffer, sizeof buffer,
                              ", ratio against %s not estimable (the extra evictions prevented "
                              "are not distinguishable from zero)",
                              r.compared_with.c_str());
            }
            detail = buffer;
        } else if (!r.compared_with.empty()) {
            detail = " by " + r.compared_with;
        }
        std::printf("    %-28s %-21s Δcost %s%s\n", r.option.c_str(),
                    std::string(analysis::to_string(r.status)).c_str(), cell(r.delta_cost).c_str(),
                    detail.c_str());
    }
}

// The assumptions' uncertainty for compare's headline: a quick PSA whose files join the compare
// folder (with psa_status.csv saying whether it ran). Returns an exit code.
int add_decision_headline(const scenario::Scenario& s, const RunOptions& o,
                          const analysis::RunSettings& settings, const std::string& baseline,
                          std::vector<std::pair<std::string, std::string>>& files) {
    DecisionRun run;
    run.file = o.file;
    if (const auto overrides = parse_overrides(o.set)) {
        run.fixed = *overrides;
    }
    if (o.horizon_years) {
        run.fixed["horizon_years"] = *o.horizon_years;
    }
    run.draws = o.draws.value_or(o.report ? compare_psa_draws : 0);
    run.replications = o.psa_replications;
    run.one_way_replications = o.psa_replications;
    run.seed = settings.seed;
    run.threads = settings.threads;
    run.executor = nullptr; // only the reporting process gets here: its own threads
    run.baseline = baseline;
    run.tornado_and_drivers = false;
    run.acceptability_values = analysis::lambda_grid(1000.0, 10.0);
    run.evppi_values = {0.0};
    if (o.value_per_eviction_tkr > 0.0) {
        run.evppi_values.push_back(o.value_per_eviction_tkr);
    }
    run.horizon_years =
        static_cast<std::size_t>(std::lround(s.options.front().spec.horizon_days / 365.0));
    const auto inputs = uncertain_inputs(s);
    if (run.draws == 0) {
        files.emplace_back("psa_status.csv", psa_status_csv("not_requested", run, inputs.size()));
        std::printf("\nThe assumptions' uncertainty was not computed (--draws 0): the intervals "
                    "above are the simulation's precision only.\n");
        return exit_ok;
    }
    if (inputs.empty()) {
        files.emplace_back("psa_status.csv",
                           psa_status_csv("nothing_uncertain", run, inputs.size()));
        std::printf("\nNo assumption in this scenario has a distribution, so how uncertain the "
                    "result is cannot be shown: every staff effect is taken as certain.\n");
        return exit_ok;
    }
    try {
        const auto result = run_decision_analysis(s, run);
        print_decision_headline(s, result, baseline);
        for (auto& file : decision_files(result, run)) {
            files.push_back(std::move(file));
        }
        files.emplace_back("psa_status.csv", psa_status_csv("ran", run, inputs.size()));
    } catch (const scenario::ScenarioError& e) {
        print_scenario_errors(e, o.file);
        return exit_bad_input;
    } catch (const model::InvariantError& e) {
        std::cerr << "hcsim: model invariant violated, run stopped: " << e.what() << "\n";
        return exit_invariant;
    }
    return exit_ok;
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
            // An effect taken as certain hides how much the result rests on it: psa and the
            // report's ranges can only show the uncertainty of what has a distribution.
            for (const auto& site : s->parameters) {
                if (is_staff_effect(site.field) && !site.uncertainty) {
                    std::fprintf(stderr,
                                 "%s:%d:%d: warning: %s: a staff effect without a distribution "
                                 "('dist'); it is taken as certain in psa and in the report's "
                                 "ranges\n",
                                 site.file.c_str(), site.line, site.column, site.field.c_str());
                }
            }
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
    auto overrides = parse_overrides(o.set);
    if (!overrides) {
        return std::nullopt;
    }
    if (o.horizon_years) {
        (*overrides)["horizon_years"] = *o.horizon_years;
    }
    auto s = load_or_report(o.file, *overrides, o.limits);
    if (!s || !replications_within_limit(o)) {
        return std::nullopt;
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
    std::printf("%s — option %s, %zu replications, seed %llu (mean [95%% CI])\n", s->title.c_str(),
                option.c_str(), settings.replications,
                static_cast<unsigned long long>(settings.seed));
    print_summary(timed->experiment);
    if (!o.out.empty()) {
        report::write_folder_atomically(o.out, output_files(*s, settings, *timed, option));
        std::printf("written to %s\n", o.out.c_str());
    }
    if (!o.trace.empty()) {
        write_trace(*s, option, settings.seed, o.trace);
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
    std::printf("\nAgainst %s (paired differences; the interval is the simulation's precision "
                "with the assumptions fixed, not their uncertainty):\n",
                baseline.c_str());
    std::vector<std::string> columns;
    for (const auto& opt : e.options) {
        if (opt.name != baseline) {
            columns.push_back(opt.name);
        }
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> table;
    std::vector<std::string> metrics{"evictions", "evictions_with_children"};
    for (const auto& group : s->options.front().spec.groups) {
        metrics.push_back("evictions_of_" + group.name);
    }
    for (const char* metric : {"households_to_own_lease", "households_with_own_lease_end",
                               "homeless_nights", "cost_total_tkr"}) {
        metrics.emplace_back(metric);
    }
    for (const auto& row : diffs) {
        if (row.metric.starts_with("cost_") && row.metric != "cost_total_tkr" &&
            row.metric != "cost_housing_tkr" && row.metric != "cost_events_tkr" &&
            row.metric != "cost_staff_tkr" && row.metric != "cost_fixed_tkr" &&
            std::find(metrics.begin(), metrics.end(), row.metric) == metrics.end()) {
            metrics.push_back(row.metric); // cost_<payer>_tkr: who pays, who saves
        }
    }
    for (const std::string& metric : metrics) {
        std::vector<std::string> cells;
        for (const auto& column : columns) {
            for (const auto& d : diffs) {
                if (d.option == column && d.metric == metric) {
                    cells.push_back(difference_cell(d));
                }
            }
        }
        table.emplace_back("Δ " + metric, cells);
    }
    print_table(columns, table);
    const auto incremental = analysis::incremental_table(e, baseline, o.value_per_eviction_tkr);
    print_incremental(incremental);
    for (const auto& f : analysis::funder_figures(e, baseline)) {
        const auto& q = f.per_eviction_prevented;
        std::printf("  Funder's figure: %s pays %.0f tkr for %s; %s\n", f.payer.c_str(),
                    f.funds_tkr.mean, f.option.c_str(),
                    q.estimable
                        ? ("per eviction prevented " + std::to_string(std::lround(q.ratio)) +
                           " tkr [" + std::to_string(std::lround(q.low)) + ", " +
                           std::to_string(std::lround(q.high)) + "]")
                              .c_str()
                        : "per eviction prevented: not estimable (the evictions "
                          "prevented are not distinguishable from zero)");
    }
    auto files = output_files(*s, settings, *timed, baseline, o.value_per_eviction_tkr);
    if (!s->validation.empty()) {
        files.emplace_back("validation.csv", validation_table(*s, baseline, settings));
    }
    const int psa_code = add_decision_headline(*s, o, settings, baseline, files);
    if (psa_code != exit_ok) {
        return psa_code;
    }
    report::write_folder_atomically(out, files);
    print_written(out, files, timed->seconds);
    if (o.report) {
        return command_report({out, o.report_language});
    }
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
