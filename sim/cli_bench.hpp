#pragma once
// `hcsim bench`: the benchmark command (sim/bench/ holds the workloads).
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace hcsim::cli {

struct BenchOptions {
    bool json = false;
    bool small = false;
    std::vector<std::string> workloads; // empty: all
    unsigned threads = 1;
    unsigned repeats = 5;
    std::size_t replications = 0; // 0: the workload's default
    std::string scenario_dir = "scenarios";
    bool list = false;
};

CLI::App* register_bench(CLI::App& app, BenchOptions& options);
int command_bench(const BenchOptions& options);

} // namespace hcsim::cli
