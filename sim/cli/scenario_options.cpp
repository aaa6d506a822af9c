#include "scenario_options.hpp"

#include "hcsim/error.hpp"
#include "hcsim/study/decisions.hpp"

#include <cmath>

namespace hcsim::cli {

scenario::ParameterOverrides ScenarioOptions::overrides() const {
    return parse_overrides(set);
}

scenario::Scenario ScenarioOptions::load() const {
    return scenario::load_scenario(file, overrides(), limits);
}

analysis::ScenarioFactory ScenarioOptions::factory(const scenario::Scenario& loaded) const {
    return study::scenario_factory(loaded, overrides(), limits);
}

void add_override_options(CLI::App& command, std::vector<std::string>& set,
                          scenario::Limits& limits) {
    command.add_option("--set", set,
                       "FIELD=VALUE: replace a scenario number (see `hcsim parameters`)");
    command
        .add_option_function<std::vector<std::string>>(
            "--limit",
            [&limits](const std::vector<std::string>& assignments) {
                for (const std::string& assignment : assignments) {
                    if (const auto problem = scenario::set_limit(limits, assignment)) {
                        throw CLI::ValidationError("--limit", *problem);
                    }
                }
            },
            "raise a size limit, e.g. --limit households=5e6 (file_bytes, nesting_depth, "
            "yaml_values, horizon_years, households, events, replications, result_bytes; see "
            "docs/reliability.md)")
        ->type_name("NAME=VALUE");
}

CLI::Option* add_scenario_options(CLI::App& command, ScenarioOptions& options, Seeded seeded) {
    CLI::Option* file = command.add_option("file", options.file, "scenario file")->required();
    add_override_options(command, options.set, options.limits);
    if (seeded == Seeded::yes) {
        command
            .add_option("--seed,-s", options.seed,
                        "random seed, 0 to 2^53-1 (default: the scenario's)")
            ->check(CLI::Range(std::uint64_t{0}, scenario::max_seed));
    }
    return file;
}

void add_threads_option(CLI::App& command, unsigned& threads, unsigned default_threads,
                        const std::string& help) {
    threads = default_threads;
    command.add_option("--threads,-j", threads, help)->check(CLI::Range(1U, 1024U));
}

void add_replications_option(CLI::App& command, std::size_t& replications, const std::string& help,
                             std::size_t min) {
    command.add_option("--replications,-r", replications, help)
        ->check(CLI::Range(static_cast<unsigned long long>(min), 100000ULL));
}

void add_baseline_option(CLI::App& command, std::string& baseline) {
    command.add_option("--baseline", baseline, "baseline option (default: the scenario's)");
}

void add_horizon_option(CLI::App& command, std::optional<double>& horizon_years) {
    command
        .add_option("--horizon-years", horizon_years,
                    "simulated years (default: the scenario's horizon_years)")
        ->check(CLI::Range(0.01, 100.0));
}

void add_value_per_eviction_option(CLI::App& command, double& tkr, const std::string& help) {
    command.add_option("--value-per-eviction", tkr, help)->check(CLI::Range(0.0, 1e9));
}

scenario::ParameterOverrides parse_overrides(const std::vector<std::string>& assignments) {
    scenario::ParameterOverrides overrides;
    for (const std::string& text : assignments) {
        const std::size_t equals = text.rfind('=');
        double value = 0.0;
        std::size_t used = 0;
        bool ok = equals != std::string::npos && equals > 0;
        if (ok) {
            try {
                value = std::stod(text.substr(equals + 1), &used);
            } catch (const std::exception&) {
                ok = false;
            }
        }
        if (!ok || used != text.size() - equals - 1 || !std::isfinite(value)) {
            throw BadInput("--set expects FIELD=NUMBER, found '" + text + "'");
        }
        overrides[text.substr(0, equals)] = value;
    }
    return overrides;
}

} // namespace hcsim::cli
