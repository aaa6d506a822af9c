#pragma once
// Internal: reads a scenario's `indicators:` list against its model (states, groups, calendar).
#include "hcsim/scenario/indicators.hpp"
#include "yaml_view.hpp"

namespace hcsim::scenario::detail {

[[nodiscard]] std::vector<Indicator> read_indicators(const View& list,
                                                     const model::ModelSpec& spec);

} // namespace hcsim::scenario::detail
