#pragma once
// Observed figures a scenario should reproduce, for `hcsim calibrate` (a targets file) and for
// the `validation:` section of a scenario. See docs/validity.md for the file format.
#include "hcsim/model/spec.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hcsim::scenario {

enum class TargetQuantity {
    stock,     // households in `states` at the end of month `first_month`
    evictions, // evictions in months first_month..last_month (whole budget years)
    entries,   // moves into `states` from outside them, and arrivals, in first..last month
};

struct CalibrationTarget {
    std::string name;
    std::string title; // for reports; empty: the name
    TargetQuantity quantity = TargetQuantity::stock;
    std::vector<model::StateIndex> states;
    std::size_t first_month = 1; // 1-based
    std::size_t last_month = 1;  // 1-based, inclusive
    double observed = 0.0;
    std::optional<double> sd; // the observation's standard deviation; default sqrt(observed)
    double weight = 1.0;
    std::string source;

    // The standard deviation used to weigh the target: `sd`, else Poisson (at least 1).
    [[nodiscard]] double effective_sd() const;
};

struct CalibrationTargets {
    std::string path;
    std::string option; // empty: the scenario's baseline
    std::vector<CalibrationTarget> targets;
};

// Reads a targets file, resolving state names and months against `spec`. Throws ScenarioError
// (FILE:LINE:COL: error: field: message) listing every problem.
[[nodiscard]] CalibrationTargets load_targets(const std::string& path,
                                              const model::ModelSpec& spec);

[[nodiscard]] std::string to_string(TargetQuantity quantity);

} // namespace hcsim::scenario
