#pragma once
// The only layer that writes files. Output folders appear whole or not at all: everything is
// written to a temporary sibling folder that is renamed into place when complete.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/report/output_paths.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/manifest.hpp"
#include "hcsim/study/trace.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hcsim::report {

using study::RunManifest;

// Fixed-point text for CSV: 4 decimals, empty for NaN. Locale-independent.
[[nodiscard]] std::string format_number(double value);

[[nodiscard]] std::string summary_csv(const std::vector<analysis::SummaryRow>& rows);
[[nodiscard]] std::string differences_csv(const std::vector<analysis::DifferenceRow>& rows);
// The year column names budget years: calendar years from `first_budget_year` (2008, 2009)
// when the scenario has a start date, else 1, 2, ... (first_budget_year 0).
[[nodiscard]] std::string yearly_csv(const std::vector<analysis::YearlyRow>& rows,
                                     int first_budget_year = 0);
// option,role,metric,unit,mean,ci_low,ci_high: what each role of an option contributes.
[[nodiscard]] std::string contributions_csv(const std::vector<analysis::ContributionRow>& rows);
[[nodiscard]] std::string timeseries_csv(const std::vector<analysis::MonthlyRow>& rows);
[[nodiscard]] std::string transitions_csv(const std::vector<study::TransitionRow>& rows);
[[nodiscard]] std::string manifest_json(const RunManifest& manifest);
// time,household,group,event,from,to,role,replication: `hcsim run --trace`; staff events
// name their role, support_ended its reason in `to`.
[[nodiscard]] std::string trace_csv(const std::vector<study::TraceRow>& rows);
// The first line of a trace.
inline constexpr std::string_view trace_header =
    "time,household,group,event,from,to,role,replication\n";
// How every trace hcsim has written begins, also the earlier six-column ones: what marks a
// --trace file as hcsim's own, to be replaced (output_paths.hpp).
inline constexpr std::string_view trace_signature = "time,household,group,event,from,to";
// option,category,item,title,fte,payer,funding,year,cost_tkr,source: the seeds' budget form
// per option, years named as in yearly_csv.
[[nodiscard]] std::string budget_csv(const std::vector<analysis::BudgetLine>& lines,
                                     int first_budget_year = 0);
// Every numeric input: field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line.
[[nodiscard]] std::string assumptions_csv(const std::vector<study::AssumptionRow>& rows);
// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Text that a
// spreadsheet would run as a formula (starting with = + - @, a tab or CR, and not a number) is
// guarded by a leading apostrophe (OWASP CSV injection); every text field of every CSV hcsim
// writes goes through here, numbers (format_number) do not.
[[nodiscard]] std::string csv_field(const std::string& text);
// A CSV file: `header` (with its line break), then `line(row)` and a line break per row.
template <typename Row, typename Line>
[[nodiscard]] std::string csv_rows(std::string header, const std::vector<Row>& rows, Line line) {
    for (const Row& row : rows) {
        header += line(row);
        header += '\n';
    }
    return header;
}
// Whether `text` gets the apostrophe (also text that starts with an apostrophe before such a
// character, so that csv_cell_text gives back exactly what was written).
[[nodiscard]] bool csv_needs_guard(std::string_view text);
// The text of a cell as csv_field was given it: the guarding apostrophe removed.
[[nodiscard]] std::string csv_cell_text(std::string cell);

// A compare folder's files: its name, and its contents made from the result (nullopt: the
// result has nothing for it and the file is left out). In the order they are listed to the
// user. A new CSV: its writer, and one line in this list (sim/report/compare_files.cpp).
struct FolderFile {
    std::string name;
    std::function<std::optional<std::string>(const study::CompareResult&)> contents;
    // read_compare_folder reads it back into the result (false: written for people and the
    // report's own tables only).
    bool read_back = true;
};
[[nodiscard]] const std::vector<FolderFile>& compare_folder_files();
// (file name, contents) of every file the result fills, for write_folder_atomically.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
compare_files(const study::CompareResult& result);

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
