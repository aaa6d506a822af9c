#pragma once
// Size limits that keep a hand-edited or generated scenario from exhausting the machine or
// running for days. Every limit has a name; `--limit NAME=VALUE` on the command line raises
// (or lowers) it, and every message about a limit says so.
#include <cstdint>
#include <optional>
#include <string>

namespace hcsim::scenario {

struct Limits {
    double file_bytes = 4.0 * 1024 * 1024; // one scenario file, before parsing
    double nesting_depth = 32;             // maps and lists inside each other
    double yaml_values = 200000;           // values in a file, counting each alias expansion
    double horizon_years = 100;
    double households = 1000000; // per replication: initial stock plus arrivals at peak rate
    double events = 20000000;    // simulation events per replication
    double replications = 1000000;
    // Memory the results of all replications of all options take until they are summarised
    // (transitions state by state, monthly counts, cost ledgers): checked before a run.
    double result_bytes = 4e9;
};

// The most each limit may be raised to (docs/reliability.md explains each): past these a
// limit no longer protects the machine (memory, time), so `--limit` refuses them.
inline constexpr Limits max_limits{
    64.0 * 1024 * 1024, // file_bytes: yaml-cpp needs ~100 bytes of memory per byte of text
    256,                // nesting_depth
    10000000,           // yaml_values: counting them takes about a second
    1000,               // horizon_years
    10000000,           // households: about 10 GB per thread
    10000000000.0,      // events: about 30 minutes of CPU per replication
    10000000,           // replications
    1e12};              // result_bytes: 1 TB, beyond any machine hcsim runs on

// Applies "NAME=VALUE" (a whole number from 1 to its max_limits entry) (e.g. "households=5e6");
// returns a message when it cannot.
[[nodiscard]] std::optional<std::string> set_limit(Limits& limits, const std::string& assignment);

// "over the limit of N households (raise it with --limit households=M)": the tail of every
// message about a limit, so a planner knows which limit and how to raise it.
[[nodiscard]] std::string limit_hint(const std::string& name, double value);

} // namespace hcsim::scenario
