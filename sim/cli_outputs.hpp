#pragma once
// The files a compare or run folder holds, built from one experiment: the CSVs, the planned
// budget, the assumptions and manifest.json.
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace hcsim::cli {

// An experiment with when it started (UTC) and how long it took.
struct Timed {
    analysis::Experiment experiment;
    double seconds = 0.0;
    std::string started;
};

// (file name, contents) in the order they are listed to the user.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
output_files(const scenario::Scenario& s, const analysis::RunSettings& settings, const Timed& timed,
             const std::string& baseline);

// The files a command reads for this scenario: no output path may be one of them or hold one.
[[nodiscard]] std::vector<std::filesystem::path> inputs_of(const scenario::Scenario& s);

// The first line of a --trace file: what marks a trace as hcsim's own.
inline constexpr const char* trace_header = "time,household,group,event,from,to\n";

} // namespace hcsim::cli
