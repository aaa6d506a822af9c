#pragma once
// What a run was: version, scenario and its SHA-256, seed, replications, overrides, timing.
// Written as manifest.json beside every compare and run folder's tables.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace hcsim::study {

struct RunManifest {
    std::string version;
    std::string scenario_path;
    std::string scenario_title;
    int price_year = 0;
    std::string start_date;     // YYYY-MM-DD, empty when the scenario has none
    int first_budget_year = 0;  // the calendar year of budget year 1; 0: years are 1, 2, ...
    double discount_rate = 0.0; // per year, applied by budget year
    // How the Swedish report cites the documents a `source:` names (the scenario's `sources:`).
    std::vector<std::pair<std::string, std::string>> citations;
    std::string scenario_sha256;
    std::uint64_t seed = 0;
    std::size_t replications = 0;
    unsigned threads = 1;   // per process
    unsigned processes = 1; // MPI ranks sharing the work
    bool independent_streams = false;
    std::string baseline;
    std::vector<std::string> options;
    std::vector<std::pair<std::string, std::string>> option_titles; // options with a `title:`
    std::vector<std::pair<std::string, std::string>> role_titles;   // roles with a `title:`
    // The scenario's `indicators:` (its own measures of success): metric name, title, source.
    struct Indicator {
        std::string name;
        std::string title;
        std::string source;
    };
    std::vector<Indicator> indicators;
    std::string started_utc;
    double wall_seconds = 0.0;
    std::uint64_t events = 0;
    std::vector<std::pair<std::string, double>> overrides; // --set FIELD=VALUE in force
};

// The version of this build of hcsim ("0.1.0").
[[nodiscard]] std::string hcsim_version();

} // namespace hcsim::study
