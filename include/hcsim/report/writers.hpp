#pragma once
// The only layer that writes files. Output folders appear whole or not at all: everything is
// written to a temporary sibling folder that is renamed into place when complete.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/contributions.hpp"
#include "hcsim/analysis/experiment.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace hcsim::report {

struct RunManifest {
    std::string version;
    std::string scenario_path;
    std::string scenario_title;
    int price_year = 0;
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
    std::string started_utc;
    double wall_seconds = 0.0;
    std::uint64_t events = 0;
    std::vector<std::pair<std::string, double>> overrides; // --set FIELD=VALUE in force
};

// Fixed-point text for CSV: 4 decimals, empty for NaN. Locale-independent.
[[nodiscard]] std::string format_number(double value);

[[nodiscard]] std::string summary_csv(const std::vector<analysis::SummaryRow>& rows);
[[nodiscard]] std::string differences_csv(const std::vector<analysis::DifferenceRow>& rows);
[[nodiscard]] std::string contributions_csv(const std::vector<analysis::ContributionRow>& rows);
[[nodiscard]] std::string yearly_csv(const std::vector<analysis::YearlyRow>& rows);
[[nodiscard]] std::string timeseries_csv(const std::vector<analysis::MonthlyRow>& rows);
[[nodiscard]] std::string transitions_csv(const analysis::Experiment& experiment);
[[nodiscard]] std::string manifest_json(const RunManifest& manifest);
// option,category,item,fte,payer,year,cost_tkr,source: the seeds' budget form per option.
[[nodiscard]] std::string budget_csv(const std::vector<analysis::BudgetLine>& lines);
// Every numeric input: field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line.
[[nodiscard]] std::string assumptions_csv(const std::vector<scenario::ParameterSite>& sites);
// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
[[nodiscard]] std::string csv_field(const std::string& text);

// SHA-256 of a file's bytes, as lowercase hex.
[[nodiscard]] std::string sha256_of_file(const std::filesystem::path& file);

// Writes `files` (name -> content) into `folder` atomically: a temporary folder is filled,
// then swapped in; an existing folder is replaced only once the new one is complete.
void write_folder_atomically(const std::filesystem::path& folder,
                             const std::vector<std::pair<std::string, std::string>>& files);
// Writes one file atomically (temporary file, then rename).
void write_file_atomically(const std::filesystem::path& file, const std::string& content);
// Same, for a library that writes files itself: `write` fills the temporary path it is given.
void write_file_atomically_with(const std::filesystem::path& file,
                                const std::function<void(const std::filesystem::path&)>& write);

} // namespace hcsim::report
