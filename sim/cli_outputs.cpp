#include "cli_outputs.hpp"

#include "hcsim/analysis/budget.hpp"
#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/writers.hpp"

#include <cstdio>

namespace hcsim::cli {

std::vector<std::pair<std::string, std::string>>
output_files(const scenario::Scenario& s, const analysis::RunSettings& settings, const Timed& timed,
             const std::string& baseline, double value_per_eviction_tkr) {
    const auto& e = timed.experiment;
    report::RunManifest manifest;
    manifest.version = HCSIM_VERSION;
    manifest.scenario_path = s.path;
    manifest.scenario_title = s.title;
    manifest.price_year = s.price_year;
    manifest.scenario_sha256 = report::sha256_of_file(s.path);
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
    for (const auto& site : s.parameters) {
        if (site.overridden) {
            manifest.overrides.emplace_back(site.field, site.value);
        }
    }
    manifest.started_utc = timed.started;
    manifest.wall_seconds = timed.seconds;
    std::vector<std::pair<std::string, std::string>> files{
        {"summary.csv", report::summary_csv(analysis::summarise(e))},
        {"yearly.csv", report::yearly_csv(analysis::yearly(e))},
        {"timeseries.csv", report::timeseries_csv(analysis::monthly(e))},
        {"transitions.csv", report::transitions_csv(e)},
        {"assumptions.csv", report::assumptions_csv(s.parameters)},
        {"budget.csv", report::budget_csv(analysis::planned_budget(s))},
        {"manifest.json", report::manifest_json(manifest)}};
    if (e.options.size() > 1) {
        files.insert(
            files.begin() + 1,
            {"differences.csv", report::differences_csv(analysis::differences(e, baseline))});
        files.insert(
            files.begin() + 2,
            {{"incremental.csv", report::incremental_csv(analysis::incremental_table(
                                                             e, baseline, value_per_eviction_tkr),
                                                         value_per_eviction_tkr)},
             {"funder.csv", report::funder_csv(analysis::funder_figures(e, baseline))},
             {"cost_breakdown.csv",
              report::cost_breakdown_csv(analysis::cost_breakdown(e, baseline))},
             {"break_even_years.csv",
              report::break_even_years_csv(analysis::break_even_shares(e, baseline))},
             {"effects.csv", report::effects_csv(analysis::realised_effects(s))}});
    }
    return files;
}

void print_written(const std::string& folder,
                   const std::vector<std::pair<std::string, std::string>>& files, double seconds) {
    std::printf("\nwritten to %s/ (", folder.c_str());
    for (std::size_t i = 0; i < files.size(); ++i) {
        std::printf("%s%s", i ? ", " : "", files[i].first.c_str());
    }
    std::printf(") in %.1f s\n", seconds);
}

} // namespace hcsim::cli
