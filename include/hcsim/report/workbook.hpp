#pragma once
// results.xlsx for the district's economist: one sheet each for the summary, the differences,
// the costs (by category, by budget year and the budget lines), the monthly series, the
// assumptions and the run. Numbers are stored as numbers; units are in the headers or in a
// unit column.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/format.hpp"

#include <filesystem>

namespace hcsim::report {

// Writes the workbook to `file` (the caller makes it atomic; see write_report).
void write_workbook(const CompareFolder& folder, Language language,
                    const std::filesystem::path& file);

// Writes report.html and results.xlsx into the result's folder, each atomically, and returns
// their paths. The one path into the report: `compare --report` gives its result as computed,
// `hcsim report DIR` the one read back; both are first taken as published (study::published).
std::vector<std::filesystem::path> write_report(const CompareFolder& folder, Language language);
// Same, into `into` instead of folder.path: the staging folder of a compare that has not put
// its results in place yet (`compare --report` writes the report before the swap, so a
// report that fails leaves the previous results as they were).
void write_report_into(const CompareFolder& folder, Language language,
                       const std::filesystem::path& into);

} // namespace hcsim::report
