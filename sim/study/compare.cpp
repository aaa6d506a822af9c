#include "hcsim/study/compare.hpp"
#include "hcsim/study/whatif.hpp"

#include "hcsim/analysis/validation.hpp"
#include "hcsim/error.hpp"
#include "hcsim/scenario/digest.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <new>

namespace hcsim::study {

namespace {

// What ran out of memory, with the sizes that decide it, so that the planner knows what to
// lower (error.hpp's out_of_memory_message, with this scenario's figures).
std::string out_of_memory(const scenario::Scenario& s, const analysis::RunSettings& settings) {
    double households = 0.0;
    for (const auto& option : s.options) {
        households = std::max(households, option.households_bound);
    }
    // About 1 kB per household while a replication runs (its record, its queued events and
    // its share of the calendar), for each thread running one.
    const double megabytes = households * 1024.0 * settings.threads / 1e6;
    char text[400];
    std::snprintf(text, sizeof text,
                  ": %s may hold up to %.0f households per replication, about %.0f MB with %u "
                  "thread(s), besides the results of %zu replications (or give hcsim more "
                  "memory, ulimit -v)",
                  s.path.c_str(), households, megabytes, settings.threads, settings.replications);
    return std::string(out_of_memory_message) + text;
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

const std::string& known_option(const scenario::Scenario& s, const std::string& option) {
    if (!s.has_option(option)) {
        throw BadInput("the scenario has no option '" + option + "'", s.path);
    }
    return option;
}

RunManifest manifest_of(const scenario::Scenario& s, const analysis::RunSettings& settings,
                        const analysis::Experiment& e, const std::string& baseline) {
    RunManifest manifest;
    manifest.version = hcsim_version();
    manifest.scenario_path = s.path;
    manifest.scenario_title = s.title;
    manifest.price_year = s.price_year;
    manifest.start_date = s.start_date;
    manifest.first_budget_year = s.calendar.first_year;
    manifest.discount_rate = s.options.empty() ? 0.0 : s.options.front().spec.discount_rate;
    manifest.citations = s.citations;
    // The bytes the results were computed from, not the file as it is now.
    manifest.scenario_sha256 = s.texts ? scenario::sha256_of_text(s.texts->front().text)
                                       : scenario::sha256_of_file(s.path);
    manifest.seed = settings.seed;
    manifest.replications = settings.replications;
    manifest.threads = settings.threads;
    manifest.processes = settings.executor != nullptr ? settings.executor->processes() : 1;
    manifest.independent_streams = settings.independent_streams;
    manifest.baseline = baseline;
    for (const auto& o : e.options) {
        manifest.options.push_back(o.name);
        for (const auto& r : o.replications) {
            manifest.events += r.events;
        }
    }
    for (const auto& option : s.options) {
        if (!option.title.empty()) {
            manifest.option_titles.emplace_back(option.name, option.title);
        }
    }
    for (const auto& option : s.options) {
        for (const auto& pool : option.spec.staff) {
            const bool listed =
                std::any_of(manifest.role_titles.begin(), manifest.role_titles.end(),
                            [&](const auto& t) { return t.first == pool.role; });
            if (!pool.title.empty() && !listed) {
                manifest.role_titles.emplace_back(pool.role, pool.title);
            }
        }
    }
    for (const auto& indicator : s.indicators) {
        manifest.indicators.push_back({indicator.name, indicator.title, indicator.source});
    }
    for (const auto& site : s.parameters) {
        if (site.overridden) {
            manifest.overrides.emplace_back(site.field, site.value);
        }
    }
    return manifest;
}

std::vector<ValidationCheck> validation_of(const scenario::Scenario& s, const std::string& option,
                                           const analysis::RunSettings& settings) {
    // This process's own threads: under mpirun only the reporting rank gets here, so a
    // collective executor would wait for ranks that have already finished.
    const analysis::ThreadExecutor threads(
        settings.executor != nullptr ? settings.executor->local_threads() : settings.threads);
    std::vector<ValidationCheck> checks;
    for (const auto& row : analysis::validate_against(
             s.option(option).spec, s.validation, settings.seed, settings.replications, &threads)) {
        const auto& t = row.target;
        checks.push_back({t.name,
                          t.kind == scenario::TargetKind::independent,
                          scenario::to_string(t.quantity),
                          t.first_month,
                          t.last_month,
                          t.observed,
                          {row.model_mean, row.mean_low, row.mean_high, settings.replications},
                          row.range_low,
                          row.range_high,
                          row.difference(),
                          row.within_range(),
                          t.source,
                          t.title});
    }
    return checks;
}

kernel::ConfidenceInterval published_interval(const kernel::ConfidenceInterval& ci) {
    return {published(ci.mean), published(ci.low), published(ci.high), 0};
}

template <typename Rows>
void publish_intervals(Rows& rows) {
    for (auto& row : rows) {
        row.ci = published_interval(row.ci);
    }
}

} // namespace

std::optional<CompareResult> compare(const scenario::Scenario& s,
                                     const analysis::RunSettings& settings,
                                     const CompareRequest& request) {
    const std::string baseline =
        known_option(s, request.baseline.empty() ? s.baseline : request.baseline);
    for (const auto& option : request.options) {
        (void)known_option(s, option);
    }
    const std::string started = utc_now();
    const auto start = std::chrono::steady_clock::now();
    analysis::Experiment e;
    std::vector<analysis::ContributionRow> contributions;
    try {
        e = analysis::run_experiment(s, settings, request.options);
        // Every process takes part in the runs without each role; pairing needs CRN.
        if (request.options.empty() && !settings.independent_streams) {
            contributions = analysis::role_contributions(s, settings, e);
        }
    } catch (const BadInput& limit) { // the event budget, here or on another rank
        throw BadInput(limit.what(), s.path);
    } catch (const std::bad_alloc&) {
        throw BadInput(out_of_memory(s, settings));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (settings.executor != nullptr && !settings.executor->is_reporting_process()) {
        return std::nullopt;
    }
    CompareResult r;
    r.path = request.out;
    r.manifest = manifest_of(s, settings, e, baseline);
    r.manifest.started_utc = started;
    r.manifest.wall_seconds = seconds;
    r.summary = analysis::summarise(e);
    if (e.options.size() > 1) {
        r.differences = analysis::differences(e, baseline);
        r.value_per_eviction_tkr = request.value_per_eviction_tkr;
        r.incremental = analysis::incremental_table(e, baseline, request.value_per_eviction_tkr);
        r.funders = analysis::funder_figures(e, baseline);
        r.cost_breakdown = analysis::cost_breakdown(e, baseline);
        r.break_even_shares = analysis::break_even_shares(e, baseline);
        r.effects = analysis::realised_effects(s);
    }
    r.yearly = analysis::yearly(e);
    r.monthly = analysis::monthly(e);
    r.transitions = transition_rows(e);
    r.budget = analysis::planned_budget(s);
    r.assumptions = assumption_rows(s.parameters);
    if (request.validate && !s.validation.empty()) {
        r.validation = validation_of(s, baseline, settings);
    }
    r.contributions = std::move(contributions);
    if (request.rebuild && request.options.empty() && e.options.size() > 1) {
        r.whatif = whatif_model(s, request.rebuild, baseline);
    }
    return r;
}

std::vector<TransitionRow> transition_rows(const analysis::Experiment& e) {
    std::vector<TransitionRow> rows;
    for (const auto& option : e.options) {
        const double n = static_cast<double>(option.replications.size());
        for (std::size_t from = 0; from < e.states.size(); ++from) {
            for (std::size_t to = 0; to < e.states.size(); ++to) {
                double total = 0.0;
                for (const auto& r : option.replications) {
                    total += static_cast<double>(r.transitions[from][to]);
                }
                if (total > 0.0) {
                    rows.push_back({option.name, e.states[from], e.states[to], total / n});
                }
            }
        }
    }
    return rows;
}

std::vector<AssumptionRow> assumption_rows(const std::vector<scenario::ParameterSite>& sites) {
    std::vector<AssumptionRow> rows;
    for (const auto& site : sites) {
        rows.push_back({site.field, site.value, site.unit,
                        site.uncertainty ? site.uncertainty->describe() : "",
                        site.calibrate ? std::optional(site.calibrate->min) : std::nullopt,
                        site.calibrate ? std::optional(site.calibrate->max) : std::nullopt,
                        site.source, site.file, site.line});
    }
    return rows;
}

double published(double value) {
    if (std::isnan(value)) {
        return value;
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    const double rounded = std::strtod(buffer, nullptr);
    return rounded == 0.0 ? 0.0 : rounded;
}

CompareResult published(CompareResult r) {
    publish_intervals(r.summary);
    publish_intervals(r.differences);
    publish_intervals(r.yearly);
    publish_intervals(r.monthly);
    for (auto& t : r.transitions) {
        t.mean_moves = published(t.mean_moves);
    }
    for (auto& line : r.budget) {
        line.fte = line.category == analysis::BudgetCategory::staff ? published(line.fte) : 0.0;
        line.tkr = published(line.tkr);
    }
    if (r.assumptions) {
        for (auto& a : *r.assumptions) {
            a.value = published(a.value);
            a.calibrate_min =
                a.calibrate_min ? std::optional(published(*a.calibrate_min)) : std::nullopt;
            a.calibrate_max =
                a.calibrate_max ? std::optional(published(*a.calibrate_max)) : std::nullopt;
        }
    }
    publish_intervals(r.contributions);
    for (auto& v : r.validation) {
        v.observed = published(v.observed);
        v.model = published_interval(v.model);
        v.range_low = published(v.range_low);
        v.range_high = published(v.range_high);
        v.difference = published(v.difference);
    }
    return r;
}

std::size_t CompareResult::years() const {
    std::size_t years = 1;
    for (const auto& row : yearly) {
        years = std::max(years, row.year);
    }
    return years;
}

std::size_t CompareResult::months() const {
    std::size_t months = 0;
    for (const auto& row : monthly) {
        months = std::max(months, row.month);
    }
    return months;
}

const analysis::SummaryRow* CompareResult::find_summary(const std::string& option,
                                                        const std::string& metric) const {
    const auto found = std::find_if(summary.begin(), summary.end(), [&](const auto& r) {
        return r.option == option && r.metric == metric;
    });
    return found == summary.end() ? nullptr : &*found;
}

const analysis::DifferenceRow* CompareResult::find_difference(const std::string& option,
                                                              const std::string& metric) const {
    const auto found = std::find_if(differences.begin(), differences.end(), [&](const auto& r) {
        return r.option == option && r.metric == metric;
    });
    return found == differences.end() ? nullptr : &*found;
}

const analysis::YearlyRow* CompareResult::find_yearly(const std::string& option, std::size_t year,
                                                      const std::string& metric) const {
    const auto found = std::find_if(yearly.begin(), yearly.end(), [&](const auto& r) {
        return r.option == option && r.year == year && r.metric == metric;
    });
    return found == yearly.end() ? nullptr : &*found;
}

std::string hcsim_version() {
    return HCSIM_VERSION;
}

} // namespace hcsim::study
