#pragma once
// The options of every command that loads a scenario: FILE, --set FIELD=VALUE, --limit
// NAME=VALUE and (where the command draws random numbers) --seed; and --threads.
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
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
// A command that loads a scenario, as `setup_<command>` starts it: its options (shared with
// the callback, which outlives the set-up) and the CLI11 command with the scenario options
// added (`command->get_option("file")` is FILE, for a command that makes it optional).
template <typename Options>
struct ScenarioCommand {
    std::shared_ptr<Options> options;
    CLI::App* command = nullptr;
};

template <typename Options>
[[nodiscard]] ScenarioCommand<Options> add_scenario_command(CLI::App& app, const std::string& name,
                                                            const std::string& description,
                                                            Seeded seeded = Seeded::yes) {
    ScenarioCommand<Options> made{.options = std::make_shared<Options>(),
                                  .command = app.add_subcommand(name, description)};
    add_scenario_options(*made.command, made.options->scenario, seeded);
    return made;
}

// --set and --limit alone (validate takes several files).
void add_override_options(CLI::App& command, std::vector<std::string>& set,
                          scenario::Limits& limits);
// --threads,-j: starts at `default_threads`, 1 to 1,024; results never depend on it.
void add_threads_option(CLI::App& command, unsigned& threads, unsigned default_threads,
                        const std::string& help);

// Options several study commands take, declared once so their names, ranges and help agree.
// --replications,-r: 1 (or `min`) to 100,000.
void add_replications_option(CLI::App& command, std::size_t& replications, const std::string& help,
                             std::size_t min = 1);
// --baseline: the option the others are compared with (default: the scenario's).
void add_baseline_option(CLI::App& command, std::string& baseline);
// --horizon-years: 0.01 to 100, overriding the scenario's horizon_years.
void add_horizon_option(CLI::App& command, std::optional<double>& horizon_years);
// --value-per-eviction: tkr, 0 to 1e9.
void add_value_per_eviction_option(CLI::App& command, double& tkr, const std::string& help);

// FIELD=VALUE texts as overrides; throws BadInput naming a malformed one.
[[nodiscard]] scenario::ParameterOverrides
parse_overrides(const std::vector<std::string>& assignments);

} // namespace hcsim::cli
