#pragma once
// A `compare` output folder read back into value types: what the report and the workbook are
// made from. Reading needs only the files, not the scenario or a re-run.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/report/writers.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hcsim::report {

// A missing or malformed input file; the message names the file (and line).
class ReportInputError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct TransitionRow {
    std::string option;
    std::string from;
    std::string to;
    double mean_moves = 0.0;
};

// One row of assumptions.csv (see the parameters contract).
struct AssumptionRow {
    std::string field;
    double value = 0.0;
    std::string unit;
    std::string uncertainty;
    std::optional<double> calibrate_min;
    std::optional<double> calibrate_max;
    std::string source;
    std::string file;
    int line = 0;
};

// One row of validation.csv: a figure observed in the district against the same figure in
// the baseline's replications (analysis/validation.hpp).
struct ValidationCheck {
    std::string target;
    std::string quantity; // stock, evictions or entries
    std::size_t first_month = 1;
    std::size_t last_month = 1;
    double observed = 0.0;
    kernel::ConfidenceInterval model; // mean over replications with its 95% interval
    double range_low = 0.0;           // 2.5% and 97.5% quantiles over replications
    double range_high = 0.0;
    bool within_range = false;
    std::string source;
    std::string title; // empty when the target has none (or the file predates the column)
};

struct CompareFolder {
    std::filesystem::path path;
    RunManifest manifest;
    std::vector<analysis::SummaryRow> summary;
    std::vector<analysis::DifferenceRow> differences;
    std::vector<analysis::YearlyRow> yearly;
    std::vector<analysis::MonthlyRow> monthly;
    std::vector<TransitionRow> transitions;
    std::vector<analysis::BudgetLine> budget;              // empty when budget.csv is absent
    std::optional<std::vector<AssumptionRow>> assumptions; // nullopt when the file is absent
    std::vector<ValidationCheck> validation;               // empty when validation.csv is absent
    std::vector<analysis::ContributionRow> contributions;  // empty when contributions.csv is absent

    [[nodiscard]] const std::vector<std::string>& options() const { return manifest.options; }
    [[nodiscard]] const std::string& baseline() const { return manifest.baseline; }
    [[nodiscard]] std::size_t years() const;
    [[nodiscard]] std::size_t months() const;
    // nullptr when the folder has no such row.
    [[nodiscard]] const analysis::SummaryRow* find_summary(const std::string& option,
                                                           const std::string& metric) const;
    [[nodiscard]] const analysis::DifferenceRow* find_difference(const std::string& option,
                                                                 const std::string& metric) const;
    [[nodiscard]] const analysis::YearlyRow*
    find_yearly(const std::string& option, std::size_t year, const std::string& metric) const;
};

// Reads summary.csv, yearly.csv, timeseries.csv, transitions.csv and manifest.json (required),
// differences.csv (absent for a single option), budget.csv, assumptions.csv, validation.csv
// and contributions.csv (optional).
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

} // namespace hcsim::report
