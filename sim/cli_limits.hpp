#pragma once
// The repeatable `--limit NAME=VALUE` option: raises (or lowers) a size limit of
// hcsim::scenario::Limits for one command.
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <cstdint>
#include <optional>

#include <CLI/CLI.hpp>

namespace hcsim::cli {

inline void add_limit_option(CLI::App* command, scenario::Limits& limits) {
    command
        ->add_option_function<std::vector<std::string>>(
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

// --seed,-s: a whole number from 0 to 2^53 - 1, as a scenario's `seed:` (docs/reliability.md).
inline void add_seed_option(CLI::App* command, std::optional<std::uint64_t>& seed) {
    command->add_option("--seed,-s", seed, "random seed, 0 to 2^53-1 (default: the scenario's)")
        ->check(CLI::Range(std::uint64_t{0}, scenario::max_seed));
}

} // namespace hcsim::cli
