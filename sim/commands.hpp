#pragma once
// The CLI's commands: each returns the process exit code and does its own printing.
#include "hcsim/scenario/limits.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_internal = 1;
inline constexpr int exit_bad_input = 2;
inline constexpr int exit_invariant = 3;

struct RunOptions {
    std::string file;
    std::optional<std::size_t> replications;
    std::optional<std::uint64_t> seed;
    unsigned threads = 1;
    std::string out;
    std::string option;
    std::string baseline;
    std::string trace;
    bool independent = false;
    scenario::Limits limits;
};

int command_validate(const std::vector<std::string>& files, const scenario::Limits& limits);
int command_run(const RunOptions& options);
int command_compare(const RunOptions& options);
int command_demo(std::uint64_t arrivals);

} // namespace hcsim::cli
