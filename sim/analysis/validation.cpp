#include "hcsim/analysis/validation.hpp"

#include "hcsim/analysis/calibration.hpp"
#include "hcsim/kernel/statistics.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::analysis {

namespace {

// Linear-interpolated quantile of sorted values.
double quantile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) {
        return 0.0;
    }
    const double position = p * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double share = position - static_cast<double>(below);
    return sorted[below] * (1.0 - share) + sorted[above] * share;
}

} // namespace

std::vector<ValidationRow> validate_against(const model::ModelSpec& spec,
                                            const std::vector<scenario::CalibrationTarget>& targets,
                                            std::uint64_t seed, std::size_t replications,
                                            const TaskExecutor* executor) {
    // Targets checked on another scenario run on its model with its seed; the rest on `spec`.
    std::vector<std::vector<double>> values(targets.size());
    std::vector<bool> done(targets.size(), false);
    for (std::size_t first = 0; first < targets.size(); ++first) {
        if (done[first]) {
            continue;
        }
        const model::ModelSpec* model = targets[first].model.get();
        std::vector<std::size_t> members;
        std::vector<scenario::CalibrationTarget> group;
        for (std::size_t t = first; t < targets.size(); ++t) {
            if (!done[t] && targets[t].model.get() == model) {
                members.push_back(t);
                group.push_back(targets[t]);
                done[t] = true;
            }
        }
        const auto group_values = simulated_target_values(
            model != nullptr ? *model : spec, group,
            model != nullptr ? targets[first].model_seed : seed, replications, executor);
        for (std::size_t i = 0; i < members.size(); ++i) {
            values[members[i]] = group_values[i];
        }
    }
    std::vector<ValidationRow> rows;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        std::vector<double> sorted = values[t];
        std::sort(sorted.begin(), sorted.end());
        const auto ci = kernel::mean_confidence_interval(values[t]);
        rows.push_back({targets[t], ci.mean, ci.low, ci.high, quantile(sorted, 0.025),
                        quantile(sorted, 0.975)});
    }
    return rows;
}

} // namespace hcsim::analysis
