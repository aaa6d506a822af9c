#pragma once
// A `compare` output folder read back into the value `hcsim compare` computes
// (study::CompareResult): what `hcsim report DIR` makes the report and the workbook from.
// Reading needs only the files, not the scenario or a re-run.
#include "hcsim/error.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/study/compare.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hcsim::report {

// A missing or malformed input file; the message names the file (and line):
// "FILE[:LINE]: error: ...".
class ReportInputError : public BadInput {
public:
    explicit ReportInputError(const std::string& located_message)
        : BadInput(Located{}, located_message,
                   located_message.substr(0, located_message.find(": error: "))) {}
};

// The result of a compare, whether computed now or read back from its folder.
using CompareFolder = study::CompareResult;
using study::AssumptionRow;
using study::TransitionRow;
using study::ValidationCheck;

// Reads summary.csv, yearly.csv, timeseries.csv, transitions.csv and manifest.json (required),
// differences.csv (absent for a single option), budget.csv, assumptions.csv and
// validation.csv (optional).
[[nodiscard]] CompareFolder read_compare_folder(const std::filesystem::path& folder);

// Parses CSV text (RFC 4180 quoting) into records with named columns. `name` is used in
// error messages ("summary.csv:12: ...").
class CsvTable {
public:
    CsvTable(const std::string& name, const std::string& text);
    [[nodiscard]] std::size_t rows() const noexcept { return records_.size(); }
    [[nodiscard]] const std::string& text(std::size_t row, const std::string& column) const;
    // A number; empty text is NaN. Anything else that is not a number is a ReportInputError.
    [[nodiscard]] double number(std::size_t row, const std::string& column) const;
    [[nodiscard]] const std::vector<std::string>& header() const { return header_; }
    [[nodiscard]] bool has_column(const std::string& column) const;
    // Throws ReportInputError naming the file and the record's line.
    [[noreturn]] void fail(std::size_t row, const std::string& message) const;

private:
    [[nodiscard]] std::size_t column_index(const std::string& column) const;
    std::string name_;
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> records_;
    std::vector<std::size_t> lines_; // 1-based line of each record
};

// The CSV table in `file`, or nullopt when there is no such file (an optional table of a
// folder); a file that is there but malformed throws ReportInputError.
[[nodiscard]] std::optional<CsvTable> read_table(const std::filesystem::path& file);

} // namespace hcsim::report
