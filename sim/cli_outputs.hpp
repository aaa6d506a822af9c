#pragma once
// The files a compare or run folder holds, built from one experiment: the CSVs, the planned
// budget, the assumptions and manifest.json.
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/scenario/scenario.hpp"

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
             const std::string& baseline, double value_per_eviction_tkr = 0.0);

// "written to DIR/ (a.csv, b.csv, ...) in S s" on stdout.
void print_written(const std::string& folder,
                   const std::vector<std::pair<std::string, std::string>>& files, double seconds);

} // namespace hcsim::cli
