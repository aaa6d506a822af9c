#pragma once
// A built model (ModelSpec) as JSON and back: how the native program hands the scenario's
// model to the browser's what-if module, which has no YAML reader. Every field is written;
// a decoded spec equals the encoded one (infinities and NaN as the strings "inf", "-inf",
// "nan", which JSON numbers cannot hold; doubles round-trip exactly).
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/indicators.hpp"

#include <nlohmann/json.hpp>

namespace hcsim::whatif {

[[nodiscard]] nlohmann::json to_json(const model::ModelSpec& spec);
[[nodiscard]] model::ModelSpec spec_from_json(const nlohmann::json& json);

[[nodiscard]] nlohmann::json to_json(const scenario::Indicator& indicator);
[[nodiscard]] scenario::Indicator indicator_from_json(const nlohmann::json& json);

} // namespace hcsim::whatif
