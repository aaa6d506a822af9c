#pragma once
// The `--threads,-j` option every parallel command takes: starts at `default_threads`, 1 to
// 1,024. The help says what the threads do there; results never depend on them.
#include <CLI/CLI.hpp>
#include <string>

namespace hcsim::cli {

inline void add_threads_option(CLI::App* command, unsigned& threads, unsigned default_threads,
                               const std::string& help) {
    threads = default_threads;
    command->add_option("--threads,-j", threads, help)->check(CLI::Range(1U, 1024U));
}

} // namespace hcsim::cli
