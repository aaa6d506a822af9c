#pragma once
// A scenario file turned into validated model specifications, one per option. This is the
// boundary between YAML and the model: nothing past it sees a YAML node.
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/indicators.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/targets.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::scenario {

// The bytes of one file as the scenario was read from it. A scenario is read from the disk
// once; its manifest's SHA-256, its parameters' comments and every rebuild of it (PSA draws,
// sweep points, calibration, the what-if probes) come from these bytes, so a file edited
// during a run cannot mix two versions into one result.
struct SourceFile {
    std::string path; // as the scenario names it (FILE, or an `extends:` or `scenario:` path)
    std::string text;
};
using SourceFiles = std::vector<SourceFile>;

struct OptionModel {
    std::string name;
    model::ModelSpec spec;
    std::string title; // `title:` of the option, for reports; empty if none
    // Households one replication may hold at most (initial stock plus arrivals at the peak
    // rate): what the households limit is checked against, and what an out-of-memory message
    // quotes.
    double households_bound = 0.0;
};

// A sourced (or assumed) input, for the report's assumptions table.
struct SourcedValue {
    std::string field;
    std::string source;
};

struct Scenario {
    std::string path;
    std::vector<std::string> files; // every file read: path, then each file it extends
    // The bytes of every file read, in reading order: `path` first, the files it extends, then
    // the scenarios its validation targets name.
    std::shared_ptr<const SourceFiles> texts;
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
    std::vector<Indicator> indicators;         // its own measures of success, report first

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
// The same scenario read again from the bytes an earlier load kept (`texts` of a Scenario,
// first file first), with other overrides: no file is opened.
[[nodiscard]] Scenario load_scenario(const std::shared_ptr<const SourceFiles>& texts,
                                     const ParameterOverrides& overrides = {},
                                     const Limits& limits = {});

// Bytes the results of one replication of `spec` take in memory, about (the transitions
// between every pair of states dominate for large models, the monthly counts for long ones).
[[nodiscard]] double result_bytes_per_replication(const model::ModelSpec& spec);
// A message when `replications` of every option of `s` would take more than
// limits.result_bytes; nothing when they fit.
[[nodiscard]] std::optional<std::string>
check_result_size(const Scenario& s, std::size_t replications, const Limits& limits);

// Sanity ranges of single fields; the limits a planner may raise are in limits.hpp.
inline constexpr double max_arrivals_per_year = 1e6;
inline constexpr int max_extends_depth = 8;
inline constexpr int max_option_chain = 16;
// Seeds are whole numbers below 2^53, so that every seed is exact as a JSON or YAML number.
inline constexpr std::uint64_t max_seed =
    (1ULL << 53) - 1; // options an option reaches through extends_option

} // namespace hcsim::scenario
