#pragma once
// A recorded field's place in the scenario, parsed once from its dotted path, for the layers
// that group or label fields (decision tables, EVPPI groups, staff effects): they read these
// parts instead of searching the path string each in its own way.
//   "options.bolots.staff.bolots.effects[1].relative_risk"
//       -> option "bolots", section "staff", name "bolots", rest "effects[1].relative_risk"
//   "exits.at_risk[2].p.default" -> section "exits", name "at_risk", index 2, rest "p.default"
//   "horizon_years" -> section "", name "", rest "horizon_years"
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace hcsim::scenario {

struct FieldPath {
    std::string option;  // empty: the scenario's own field, not an option's
    std::string section; // staff, fixed_costs, states, exits, arrivals, groups, initial; or empty
    std::string name;    // the role, fixed cost, state or group the field belongs to
    std::optional<std::size_t> index; // exits.<state>[i], arrivals[i]
    std::string rest;                 // the key path below `name` (the whole path at top level)

    // options.<o>.staff.<role>.effects[i].relative_risk or .delay_factor.
    [[nodiscard]] bool is_staff_effect() const;
    // i of effects[i] in `rest`, for a field of a staff effect.
    [[nodiscard]] std::optional<std::size_t> effect_index() const;
    // Money: a cost per day, an event cost, a staff cost per FTE-year or a fixed cost.
    [[nodiscard]] bool is_cost() const;

    friend bool operator==(const FieldPath&, const FieldPath&) = default;
};

[[nodiscard]] FieldPath field_path(std::string_view path);

} // namespace hcsim::scenario
