#pragma once
// A scenario file turned into validated model specifications, one per option. This is the
// boundary between YAML and the model: nothing past it sees a YAML node.
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/targets.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hcsim::scenario {

struct OptionModel {
    std::string name;
    model::ModelSpec spec;
    std::string title; // `title:` of the option, for reports; empty if none
};

// A sourced (or assumed) input, for the report's assumptions table.
struct SourcedValue {
    std::string field;
    std::string source;
};

struct Scenario {
    std::string path;
    std::string name;
    std::string title;
    std::string start_date;
    model::BudgetCalendar calendar; // budget years: calendar years from start_date
    int price_year = 0;
    std::size_t replications = 100;
    std::uint64_t seed = 1;
    std::string baseline = "do_nothing";
    std::vector<OptionModel> options; // in file order
    std::vector<SourcedValue> sources;
    // `sources:`: how a reader cites each document the `source:` texts name (cited, reference).
    std::vector<std::pair<std::string, std::string>> citations;
    std::vector<ParameterSite> parameters;     // every numeric field, once, in reading order
    std::vector<CalibrationTarget> validation; // observed figures it should reproduce

    [[nodiscard]] const OptionModel& option(const std::string& name) const;
    [[nodiscard]] bool has_option(const std::string& name) const;
};

// Reads and validates a scenario (following `extends:`). Throws ScenarioError listing every
// problem found; nothing is returned from an invalid file. `overrides` replace the values of
// the named fields (paths as in Scenario::parameters) wherever they are read; naming a field
// that is not a number of this scenario is an error. `limits` bound what a file may ask for.
[[nodiscard]] Scenario load_scenario(const std::string& path,
                                     const ParameterOverrides& overrides = {},
                                     const Limits& limits = {});

// Sanity ranges of single fields; the limits a planner may raise are in limits.hpp.
inline constexpr double max_arrivals_per_year = 1e6;
inline constexpr int max_extends_depth = 8;

} // namespace hcsim::scenario
