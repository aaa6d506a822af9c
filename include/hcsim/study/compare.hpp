#pragma once
// The compare use case (`hcsim compare`, `hcsim run`): every option of a scenario simulated
// against the baseline, and everything its folder holds computed in memory, in one value.
// The writers (CSV, report.html, results.xlsx) take this value; reading a compare folder back
// (report::read_compare_folder) builds the same value from its files, so there is one path
// into the writers. A new table: a member here, its rows filled in compare.cpp, its writer in
// the report layer's list of folder files (report/compare_files.cpp).
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/contributions.hpp"
#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/analysis/decision_outcomes.hpp"
#include "hcsim/analysis/effect_realisation.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/study/manifest.hpp"
#include "hcsim/whatif/whatif_model.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::study {

// Mean moves per replication from one state to another: the flow diagram's data.
struct TransitionRow {
    std::string option;
    std::string from;
    std::string to;
    double mean_moves = 0.0;
};

// One row of assumptions.csv: a number of the scenario, where it is written and what backs it.
struct AssumptionRow {
    std::string field;
    double value = 0.0;
    std::string unit;
    std::string uncertainty; // its distribution in words, empty if none
    std::optional<double> calibrate_min;
    std::optional<double> calibrate_max;
    std::string source;
    std::string file;
    int line = 0;
};

// One row of validation.csv: a figure observed in the district against the same figure in
// the model's replications (the baseline's, or the target's option or backcast scenario;
// analysis/validation.hpp).
struct ValidationCheck {
    std::string target;
    bool independent = true; // kind: independent, else input_check (an input read back)
    std::string quantity;    // stock, evictions, entries or present
    std::size_t first_month = 1;
    std::size_t last_month = 1;
    double observed = 0.0;
    kernel::ConfidenceInterval model; // mean over replications with its 95% interval
    double range_low = 0.0;           // 2.5% and 97.5% quantiles over replications
    double range_high = 0.0;
    double difference = 0.0; // model mean - observed
    bool within_range = false;
    std::string source;
    std::string title; // empty when the target has none (or the file predates the column)
};

struct CompareResult {
    std::filesystem::path path; // the folder it is written to or was read from
    // Where its files are now: `path`, or the staging folder while compare writes the report
    // beside them before the swap (the report reads the decision tables from there).
    std::filesystem::path staged_at;
    [[nodiscard]] std::filesystem::path files_folder() const {
        return staged_at.empty() ? path : staged_at;
    }
    RunManifest manifest;
    std::vector<analysis::SummaryRow> summary;
    std::vector<analysis::DifferenceRow> differences; // empty for a single option
    std::vector<analysis::YearlyRow> yearly;
    std::vector<analysis::MonthlyRow> monthly;
    std::vector<TransitionRow> transitions;
    std::vector<analysis::BudgetLine> budget;              // empty when budget.csv is absent
    std::optional<std::vector<AssumptionRow>> assumptions; // nullopt when the file is absent
    std::vector<ValidationCheck> validation;               // empty without `validation:`
    // The cost-effectiveness tables (cost_effectiveness.hpp, effect_realisation.hpp), written
    // among the folder's files (report::compare_folder_files); not read back.
    std::vector<analysis::CostEffectivenessRow> incremental;
    std::vector<analysis::FunderFigure> funders;
    std::vector<analysis::CostBreakdownRow> cost_breakdown;
    std::vector<analysis::BreakEvenShare> break_even_shares;
    std::vector<analysis::RealisedEffect> effects;
    double value_per_eviction_tkr = 0.0;
    // What each role adds, for options with several roles (compare of every option, CRN).
    std::vector<analysis::ContributionRow> contributions;
    // The built models and the fields the report's "Pröva själv" may change (whatif.json):
    // with every option of several and a way to read the scenario again; else nullopt.
    std::optional<whatif::WhatIfModel> whatif;

    [[nodiscard]] const std::vector<std::string>& options() const { return manifest.options; }
    [[nodiscard]] const std::string& baseline() const { return manifest.baseline; }
    [[nodiscard]] std::size_t years() const;
    [[nodiscard]] std::size_t months() const;
    // nullptr when the result has no such row.
    [[nodiscard]] const analysis::SummaryRow* find_summary(const std::string& option,
                                                           const std::string& metric) const;
    [[nodiscard]] const analysis::DifferenceRow* find_difference(const std::string& option,
                                                                 const std::string& metric) const;
    [[nodiscard]] const analysis::YearlyRow*
    find_yearly(const std::string& option, std::size_t year, const std::string& metric) const;
};

struct CompareRequest {
    std::vector<std::string> options; // the options to simulate; empty: every option
    std::string baseline;      // of the differences and the validation; empty: the scenario's
    std::filesystem::path out; // where the result will be written (CompareResult::path)
    bool validate = true;      // simulate the scenario's `validation:` figures against the baseline
    double value_per_eviction_tkr = 0.0; // prices a prevented eviction in incremental.csv
    // Reads the scenario again with some fields changed, for the what-if model; null: none.
    analysis::ScenarioFactory rebuild = nullptr;
};

// Runs the request. Only the reporting process of a distributed executor holds the results:
// every other process gets nullopt. Throws BadInput for an unknown option or baseline, and
// whatever the run throws (hcsim/error.hpp).
[[nodiscard]] std::optional<CompareResult> compare(const scenario::Scenario& scenario,
                                                   const analysis::RunSettings& settings,
                                                   const CompareRequest& request);

// Mean moves per replication between every two states, each option in turn.
[[nodiscard]] std::vector<TransitionRow> transition_rows(const analysis::Experiment& experiment);
// The scenario's numbers as assumptions.csv lists them.
[[nodiscard]] std::vector<AssumptionRow>
assumption_rows(const std::vector<scenario::ParameterSite>& sites);

// A number as the CSVs publish it: rounded to 4 decimals, -0 as 0, NaN kept.
[[nodiscard]] double published(double value);
// The result with every figure as its files publish it, and nothing they do not carry: what
// reading the folder back gives. The report and the workbook are made from this form, so the
// ones `compare --report` writes equal those `hcsim report DIR` makes later.
[[nodiscard]] CompareResult published(CompareResult result);

} // namespace hcsim::study
