#pragma once
// Internal: reads a list of observed figures (targets file, scenario `validation:`).
#include "hcsim/scenario/targets.hpp"
#include "yaml_view.hpp"

#include <map>
#include <memory>

namespace hcsim::scenario::detail {

// The scenarios `scenario:` targets name, loaded: file as written -> baseline model and seed.
struct ReferenceModel {
    std::shared_ptr<const model::ModelSpec> model;
    std::uint64_t seed = 0;
};
using ReferenceModels = std::map<std::string, ReferenceModel>;

// A list of state names (`from:`, `to:`, `states:`), each unknown one an error at its item;
// absent: no state.
[[nodiscard]] std::vector<model::StateIndex> read_state_list(const View& list,
                                                             const model::ModelSpec& spec);
// `states: [a, b]` or `state_kind: acute | long_term | homeless | ...` of a target or an
// indicator: the states it sums, each error reported at its field.
[[nodiscard]] std::vector<model::StateIndex> read_states(const View& target,
                                                         const model::ModelSpec& spec);

// `references` null: a `scenario:` key is an error (targets files, and the scenarios targets
// are checked on).
[[nodiscard]] std::vector<CalibrationTarget>
read_targets(const View& list, const model::ModelSpec& spec,
             const ReferenceModels* references = nullptr);

} // namespace hcsim::scenario::detail
