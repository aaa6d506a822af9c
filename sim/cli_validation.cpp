#include "cli_validation.hpp"

#include "hcsim/analysis/validation.hpp"
#include "hcsim/report/validation.hpp"

#include <cstdio>

namespace hcsim::cli {

std::string validation_table(const scenario::Scenario& s, const std::string& option,
                             const analysis::RunSettings& settings) {
    // This process's own threads: under mpirun only the reporting rank gets here, so a
    // collective executor would wait for ranks that have already finished.
    const analysis::ThreadExecutor threads(
        settings.executor != nullptr ? settings.executor->local_threads() : settings.threads);
    const auto rows = analysis::validate_against(s.option(option).spec, s.validation, settings.seed,
                                                 settings.replications, &threads);
    std::printf("\nValidation: observed figures against %s (model mean [95%% CI]; 95%% of "
                "replications within range)\n",
                option.c_str());
    std::printf("%-28s  %9s  %26s  %20s  %10s  %s\n", "target", "observed", "model mean [95% CI]",
                "replication range", "difference", "within range");
    for (const auto& row : rows) {
        char mean[64];
        char range[64];
        std::snprintf(mean, sizeof mean, "%.1f [%.1f, %.1f]", row.model_mean, row.mean_low,
                      row.mean_high);
        std::snprintf(range, sizeof range, "%.1f - %.1f", row.range_low, row.range_high);
        std::printf("%-28s  %9.1f  %26s  %20s  %10.1f  %s\n", row.target.name.c_str(),
                    row.target.observed, mean, range, row.difference(),
                    row.within_range() ? "yes" : "no");
    }
    return report::validation_csv(rows);
}

} // namespace hcsim::cli
