#pragma once
// Internal: reads a list of observed figures (targets file, scenario `validation:`).
#include "hcsim/scenario/targets.hpp"
#include "yaml_view.hpp"

namespace hcsim::scenario::detail {

[[nodiscard]] std::vector<CalibrationTarget> read_targets(const View& list,
                                                          const model::ModelSpec& spec);

} // namespace hcsim::scenario::detail
