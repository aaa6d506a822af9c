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
    const auto values = simulated_target_values(spec, targets, seed, replications, executor);
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
