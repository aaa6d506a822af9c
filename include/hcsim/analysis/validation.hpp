#pragma once
// How close a scenario comes to the observed figures listed in its `validation:` section.
#include "hcsim/analysis/task_executor.hpp"
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/targets.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct ValidationRow {
    scenario::CalibrationTarget target;
    double model_mean = 0.0; // mean over replications, with its 95% interval
    double mean_low = 0.0;
    double mean_high = 0.0;
    double range_low = 0.0;  // 2.5% and 97.5% quantiles over replications: where one year's
    double range_high = 0.0; // observation of a correct model falls 95% of the time
    [[nodiscard]] double difference() const noexcept { return model_mean - target.observed; }
    // The observation is a single realisation, so it is judged against the replications'
    // 95% range, not the (much narrower) interval of their mean.
    [[nodiscard]] bool within_range() const noexcept {
        return target.observed >= range_low && target.observed <= range_high;
    }
};

// Targets with their own model (`scenario:`) run on it with its seed; the others on `spec`.
[[nodiscard]] std::vector<ValidationRow>
validate_against(const model::ModelSpec& spec,
                 const std::vector<scenario::CalibrationTarget>& targets, std::uint64_t seed,
                 std::size_t replications, const TaskExecutor* executor = nullptr);

} // namespace hcsim::analysis
