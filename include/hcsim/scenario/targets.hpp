#pragma once
// Observed figures a scenario should reproduce, for `hcsim calibrate` (a targets file) and for
// the `validation:` section of a scenario. See docs/validity.md for the file format.
#include "hcsim/model/spec.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::scenario {

enum class TargetQuantity {
    stock,     // households in `states` at the end of month `first_month`
    evictions, // evictions in months first_month..last_month (whole budget years)
    entries,   // moves into `states` from outside them, and arrivals, in first..last month
    present,   // households in `states` at some time in first..last month: the stock at the
               // window's start plus the entries during it (a household entering twice counts
               // twice), e.g. "persons who stayed in a shelter in January-April"
};

// What an observed figure can say about the model.
enum class TargetKind {
    independent, // the model was not built from it: a test of the model
    input_check, // an input read back (e.g. a yearly count that is also the arrival rate)
};

struct CalibrationTarget {
    std::string name;
    std::string title; // for reports; empty: the name
    TargetKind kind = TargetKind::independent;
    TargetQuantity quantity = TargetQuantity::stock;
    std::vector<model::StateIndex> states;
    std::size_t first_month = 1; // 1-based
    std::size_t last_month = 1;  // 1-based, inclusive
    double observed = 0.0;
    std::optional<double> sd; // the observation's standard deviation; default sqrt(observed)
    double weight = 1.0;
    std::string source;
    // `scenario: FILE` (validation only): the figure is checked on that scenario's baseline,
    // with its seed, e.g. a backcast from an earlier count that shares this scenario's usual
    // care. Null: this scenario's own baseline.
    std::shared_ptr<const model::ModelSpec> model;
    std::string model_path; // as written
    std::uint64_t model_seed = 0;
    // `option: NAME` (validation only): checked on that option of this scenario rather than
    // the baseline, when the figure was observed with it in place (e.g. a team already at
    // work). `model` then points at that option's model; calibrate fits through it.
    std::string option;

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
[[nodiscard]] std::string to_string(TargetKind kind);

} // namespace hcsim::scenario
