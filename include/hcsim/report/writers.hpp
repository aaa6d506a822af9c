#pragma once
// The only layer that writes files. Output folders appear whole or not at all: everything is
// written to a temporary sibling folder that is renamed into place when complete.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/manifest.hpp"
#include "hcsim/study/trace.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::report {

using study::RunManifest;

// Fixed-point text for CSV: 4 decimals, empty for NaN. Locale-independent.
[[nodiscard]] std::string format_number(double value);

[[nodiscard]] std::string summary_csv(const std::vector<analysis::SummaryRow>& rows);
[[nodiscard]] std::string differences_csv(const std::vector<analysis::DifferenceRow>& rows);
[[nodiscard]] std::string yearly_csv(const std::vector<analysis::YearlyRow>& rows);
[[nodiscard]] std::string timeseries_csv(const std::vector<analysis::MonthlyRow>& rows);
[[nodiscard]] std::string transitions_csv(const std::vector<study::TransitionRow>& rows);
[[nodiscard]] std::string manifest_json(const RunManifest& manifest);
// time,household,group,event,from,to: `hcsim run --trace`.
[[nodiscard]] std::string trace_csv(const std::vector<study::TraceRow>& rows);
// option,category,item,fte,payer,year,cost_tkr,source: the seeds' budget form per option.
[[nodiscard]] std::string budget_csv(const std::vector<analysis::BudgetLine>& lines);
// Every numeric input: field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line.
[[nodiscard]] std::string assumptions_csv(const std::vector<study::AssumptionRow>& rows);
// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
[[nodiscard]] std::string csv_field(const std::string& text);

// A compare folder's files: its name, and its contents made from the result (nullopt: the
// result has nothing for it and the file is left out). In the order they are listed to the
// user. A new CSV: its writer, and one line in this list (sim/report/compare_files.cpp).
struct FolderFile {
    std::string name;
    std::function<std::optional<std::string>(const study::CompareResult&)> contents;
};
[[nodiscard]] const std::vector<FolderFile>& compare_folder_files();
// (file name, contents) of every file the result fills, for write_folder_atomically.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
compare_files(const study::CompareResult& result);

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
