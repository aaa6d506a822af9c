#pragma once
// What the report's "Pröva själv" section carries: every option's built model, the
// scenario's indicators, and the fields a reader may change there, each with the places of
// the built models it moves. A field is the path `--set` takes; the places were found by the
// native program, which read the scenario with the field at other values and kept the fields
// whose every moved number is an affine function of it (study/whatif.hpp). So setting a
// field here gives the model `hcsim compare --set FIELD=VALUE` builds, without YAML.
#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/indicators.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace hcsim::whatif {

// What a field is to the reader, for the controls offered.
enum class FieldKind { staff_fte, effect, capacity, unit_cost, horizon, arrivals };

[[nodiscard]] std::string to_string(FieldKind kind);

// One number of one option's built model that a field moves: number = offset + scale x value
// (scale 1 and offset 0 for a plain copy, which is then exact).
struct FieldPlace {
    std::size_t option = 0;
    std::string pointer; // a JSON pointer into the option's model (whatif/model_json.hpp)
    double offset = 0.0;
    double scale = 1.0;
};

struct WhatIfField {
    std::string field; // as `--set` takes it
    FieldKind kind = FieldKind::effect;
    std::string option; // the option it belongs to; empty: the scenario's, for every option
    std::string name;   // the role, the state or the effect it sets (ids of the scenario)
    std::string unit;
    double value = 0.0; // the scenario's
    double allowed_min = 0.0;
    double allowed_max = 0.0;
    bool whole = false; // takes whole numbers only (places, years)
    std::vector<FieldPlace> places;
};

struct WhatIfOption {
    std::string name;
    std::string title;
    nlohmann::json model; // model::ModelSpec as model_json writes it
};

struct WhatIfModel {
    std::vector<WhatIfOption> options;
    std::vector<scenario::Indicator> indicators;
    std::string baseline;
    std::vector<WhatIfField> fields;
};

[[nodiscard]] nlohmann::json to_json(const WhatIfModel& model);
[[nodiscard]] WhatIfModel whatif_from_json(const nlohmann::json& json);

// Every option's model with `set` applied (field path -> value). A field that is not one of
// `model.fields`, or a value outside its allowed range or not whole where it must be, is
// refused (BadInput naming the field).
[[nodiscard]] std::vector<model::ModelSpec> apply(const WhatIfModel& model,
                                                  const std::map<std::string, double>& set);

struct WhatIfRun {
    std::map<std::string, double> set;
    std::size_t replications = 100;
    std::uint64_t seed = 1;
};

struct WhatIfResult {
    std::vector<analysis::SummaryRow> summary;
    std::vector<analysis::DifferenceRow> differences;
    std::vector<analysis::BreakEvenShare> break_even;
    // The cost difference in each perspective (district, city, society), as incremental.csv.
    std::vector<analysis::CostEffectivenessRow> perspectives;
};

// Runs every option as `hcsim compare --set ... --replications R --seed S` would (one
// thread), and summarises it as summary.csv, differences.csv, break_even_years.csv and
// incremental.csv do (unrounded).
[[nodiscard]] WhatIfResult run(const WhatIfModel& model, const WhatIfRun& request,
                               const std::function<void(std::size_t, std::size_t)>& progress = {});
[[nodiscard]] nlohmann::json to_json(const WhatIfResult& result);

} // namespace hcsim::whatif
