#pragma once
// `hcsim calibrate FILE --targets TARGETS.yaml`: fits the scenario's free parameters (fields
// marked `calibrate: {min:, max:}`) to observed figures and writes the calibrated scenario.
#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace hcsim::cli {

struct CalibrateCommandOptions {
    std::string file;
    std::string targets;
    std::string option;
    std::string method; // analytic, approximate, simulation; empty: analytic if it applies
    std::size_t replications = 50;
    std::optional<std::uint64_t> seed;
    unsigned threads = 1; // for the simulation method and the check at the fit
    std::string out;      // default: FILE's folder, <stem>-calibrated.yaml
};

CLI::App* register_calibrate(CLI::App& app, CalibrateCommandOptions& options,
                             unsigned default_threads);
int command_calibrate(const CalibrateCommandOptions& options);

} // namespace hcsim::cli
