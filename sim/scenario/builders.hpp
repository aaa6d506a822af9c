#pragma once
// Internal: the steps that turn a (layered) scenario view into a ModelSpec.
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "source_reader.hpp"
#include "yaml_view.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace hcsim::scenario::detail {

// Reads a scenario file and every file it extends, base last, through `reader`. Problems with
// the files themselves (missing, unreadable, not YAML, too large, extends loops) are collected
// in `diagnostics` and thrown together as one ScenarioError.
[[nodiscard]] std::vector<Layer> load_layers(const std::string& path, const Limits& limits,
                                             Diagnostics& diagnostics, SourceReader& reader);

// Declared names (groups, states) in file order, found by name in constant time: a scenario
// may declare tens of thousands, and every reference looks one up.
class NameList {
public:
    NameList() = default;
    explicit NameList(std::vector<std::string> names);
    [[nodiscard]] std::optional<std::size_t> find(const std::string& name) const;
    [[nodiscard]] std::size_t size() const noexcept { return names_.size(); }
    [[nodiscard]] bool empty() const noexcept { return names_.empty(); }
    [[nodiscard]] const std::string& operator[](std::size_t i) const { return names_[i]; }
    [[nodiscard]] auto begin() const noexcept { return names_.begin(); }
    [[nodiscard]] auto end() const noexcept { return names_.end(); }
    [[nodiscard]] const std::vector<std::string>& names() const noexcept { return names_; }

private:
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::size_t> index_;
};

struct BuildContext {
    Diagnostics& diagnostics;
    NameList groups;
    NameList states;
    double horizon_days = model::days_per_year;
    std::vector<SourcedValue>* sources = nullptr; // collected for the first option only
};

[[nodiscard]] std::optional<std::size_t> find_name(const std::vector<std::string>& names,
                                                   const std::string& name);
[[nodiscard]] inline std::optional<std::size_t> find_name(const NameList& names,
                                                          const std::string& name) {
    return names.find(name);
}
// A state name that must exist; reports the field otherwise.
[[nodiscard]] std::optional<model::StateIndex> state_ref(const View& view, const BuildContext& ctx);
[[nodiscard]] std::optional<model::GroupIndex> group_ref(const View& view, const BuildContext& ctx);
[[nodiscard]] model::PayerIndex payer_ref(const View& view, model::ModelSpec& spec);
[[nodiscard]] model::PayerIndex payer_index(const std::string& name, model::ModelSpec& spec);
// A number or {default: n, <group>: n} within `field`'s range; its default fills groups not
// given (an error where it has none).
[[nodiscard]] std::vector<double> per_group_number(const View& view, const BuildContext& ctx,
                                                   const FieldSchema& field);
void note_source(const View& owner, const BuildContext& ctx);
// `initial: steady_state` (instead of a map of stocks).
[[nodiscard]] bool is_steady_state(const View& initial);

// The model for one option from the merged view (option layers over the base).
[[nodiscard]] model::ModelSpec build_model(const View& merged, BuildContext& ctx);
void build_chain(const View& merged, BuildContext& ctx, model::ModelSpec& spec);
void build_staff(const View& merged, BuildContext& ctx, model::ModelSpec& spec);
[[nodiscard]] model::Period read_period(const View& view, const BuildContext& ctx);
[[nodiscard]] std::optional<model::Distribution> read_distribution(const View& view);
// Cross-field checks once the spec is complete (sums, capacities, loops).
void validate_model(const View& merged, const BuildContext& ctx, const model::ModelSpec& spec);
// `initial: steady_state` (steady_state.cpp): the stocks the baseline's usual care settles at,
// from a warm-up of this many years and replications (its seed: the scenario's).
inline constexpr double steady_state_warm_up_years = 15.0;
inline constexpr std::size_t steady_state_replications = 40;
[[nodiscard]] std::vector<model::InitialStock> steady_state_stocks(const model::ModelSpec& baseline,
                                                                   std::uint64_t seed);
// Households a replication would hold, against the limit (check_limits.cpp).
// Returns that bound.
double check_size_limits(const View& merged, const model::ModelSpec& spec, const Limits& limits);

} // namespace hcsim::scenario::detail
