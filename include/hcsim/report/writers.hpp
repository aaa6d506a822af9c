#pragma once
// The only layer that writes files. Output folders appear whole or not at all: everything is
// written to a temporary sibling folder that is renamed into place when complete.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/report/output_paths.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
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
    std::string started_utc;
    double wall_seconds = 0.0;
    std::uint64_t events = 0;
    std::vector<std::pair<std::string, double>> overrides; // --set FIELD=VALUE in force
};

// Fixed-point text for CSV: 4 decimals, empty for NaN. Locale-independent.
[[nodiscard]] std::string format_number(double value);

[[nodiscard]] std::string summary_csv(const std::vector<analysis::SummaryRow>& rows);
[[nodiscard]] std::string differences_csv(const std::vector<analysis::DifferenceRow>& rows);
[[nodiscard]] std::string yearly_csv(const std::vector<analysis::YearlyRow>& rows);
[[nodiscard]] std::string timeseries_csv(const std::vector<analysis::MonthlyRow>& rows);
[[nodiscard]] std::string transitions_csv(const analysis::Experiment& experiment);
[[nodiscard]] std::string manifest_json(const RunManifest& manifest);
// option,category,item,fte,payer,year,cost_tkr,source: the seeds' budget form per option.
[[nodiscard]] std::string budget_csv(const std::vector<analysis::BudgetLine>& lines);
// Every numeric input: field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line.
[[nodiscard]] std::string assumptions_csv(const std::vector<scenario::ParameterSite>& sites);
// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Text that a
// spreadsheet would run as a formula (starting with = + - @, a tab or CR, and not a number) is
// guarded by a leading apostrophe (OWASP CSV injection); every text field of every CSV hcsim
// writes goes through here, numbers (format_number) do not.
[[nodiscard]] std::string csv_field(const std::string& text);
// Whether `text` gets the apostrophe (also text that starts with an apostrophe before such a
// character, so that csv_cell_text gives back exactly what was written).
[[nodiscard]] bool csv_needs_guard(std::string_view text);
// The text of a cell as csv_field was given it: the guarding apostrophe removed.
[[nodiscard]] std::string csv_cell_text(std::string cell);

// SHA-256 of a file's bytes, as lowercase hex.
[[nodiscard]] std::string sha256_of_file(const std::filesystem::path& file);

// Writes `files` (name -> content) into `folder` by the output-path rule (output_paths.hpp):
// checked against `inputs`, staged, then swapped in whole.
void write_folder_atomically(const std::filesystem::path& folder, const FileList& files,
                             const std::vector<std::filesystem::path>& inputs = {});
// Writes one file atomically (temporary file, then rename): for files hcsim adds to a folder
// it wrote (report.html into a compare folder).
void write_file_atomically(const std::filesystem::path& file, const std::string& content);
// Same, for a library that writes files itself: `write` fills the temporary path it is given.
void write_file_atomically_with(const std::filesystem::path& file,
                                const std::function<void(const std::filesystem::path&)>& write);

} // namespace hcsim::report
