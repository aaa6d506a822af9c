#pragma once
// The options of every command that loads a scenario: FILE, --set FIELD=VALUE, --limit
// NAME=VALUE and (where the command draws random numbers) --seed; and --threads.
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::cli {

struct ScenarioOptions {
    std::string file;
    std::vector<std::string> set; // FIELD=VALUE overrides of scenario numbers
    scenario::Limits limits;
    std::optional<std::uint64_t> seed; // default: the scenario's

    // --set as overrides; throws BadInput for a malformed one.
    [[nodiscard]] scenario::ParameterOverrides overrides() const;
    // The scenario with --set and --limit applied; throws ScenarioError or BadInput.
    [[nodiscard]] scenario::Scenario load() const;
    // Rebuilds `loaded` (what load() gave) from the bytes it kept, with --set and --limit, and
    // an analysis's overrides on top.
    [[nodiscard]] analysis::ScenarioFactory factory(const scenario::Scenario& loaded) const;
    [[nodiscard]] std::uint64_t seed_for(const scenario::Scenario& s) const {
        return seed.value_or(s.seed);
    }
};

enum class Seeded : bool { no, yes };

// FILE, --set, --limit, and --seed when the command draws random numbers. Returns the FILE
// option (a command may make it optional).
CLI::Option* add_scenario_options(CLI::App& command, ScenarioOptions& options,
                                  Seeded seeded = Seeded::yes);
// --set and --limit alone (validate takes several files).
void add_override_options(CLI::App& command, std::vector<std::string>& set,
                          scenario::Limits& limits);
// --threads,-j: starts at `default_threads`, 1 to 1,024; results never depend on it.
void add_threads_option(CLI::App& command, unsigned& threads, unsigned default_threads,
                        const std::string& help);

// FIELD=VALUE texts as overrides; throws BadInput naming a malformed one.
[[nodiscard]] scenario::ParameterOverrides
parse_overrides(const std::vector<std::string>& assignments);

} // namespace hcsim::cli
