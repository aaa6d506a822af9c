#pragma once
// Runs the options of a scenario over many replications (in threads) and summarises them:
// means with 95% intervals, and paired differences against the baseline. With common random
// numbers (the default) replication r of every option uses the same streams, so the
// differences are far tighter than independent runs would give.
#include "hcsim/analysis/metrics.hpp"
#include "hcsim/analysis/task_executor.hpp"
#include "hcsim/error.hpp"
#include "hcsim/kernel/statistics.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct RunSettings {
    std::size_t replications = 100;
    std::uint64_t seed = 1;
    unsigned threads = 1;
    bool independent_streams = false; // each option its own streams (to measure what CRN buys)
    std::function<void(std::size_t done, std::size_t total)>
        progress; // called from one thread at a time
    // How the (option, replication) slots are spread; null: `threads` threads of this process.
    const TaskExecutor* executor = nullptr;
    // Set (to the signal number) by a signal handler: workers stop between replications and
    // run_experiment throws Interrupted. Null: never interrupted.
    const std::atomic<int>* interrupt = nullptr;
};

using hcsim::Interrupted; // the error root's (hcsim/error.hpp)

struct OptionResults {
    std::string name;
    std::vector<ReplicationSummary> replications;
};

struct Experiment {
    std::vector<MetricDefinition> metrics;
    std::vector<std::string> states;
    std::vector<OptionResults> options;
    std::size_t years = 1;
    std::size_t months = 1;
    std::vector<CostLine> cost_lines; // what each replication's cost_lines hold
    double discount_rate = 0.0;       // of costs and, in the decision figures, outcomes
    [[nodiscard]] const OptionResults& option(const std::string& name) const;
};

// Runs the named options (all when empty). Output does not depend on the thread count nor on
// the executor; with a distributed executor only its reporting process holds every result.
[[nodiscard]] Experiment run_experiment(const scenario::Scenario& scenario,
                                        const RunSettings& settings,
                                        const std::vector<std::string>& option_names = {});

struct SummaryRow {
    std::string option;
    std::string metric;
    std::string unit;
    kernel::ConfidenceInterval ci; // NaN mean when undefined in every replication
};

struct DifferenceRow {
    std::string option;
    std::string baseline;
    std::string metric;
    std::string unit;
    kernel::ConfidenceInterval ci;
    // Every paired difference is exactly zero: the option cannot change this outcome (a
    // structural zero, e.g. staff who never meet a tenant at risk), not a measured "0 ± 0".
    bool unaffected = false;
};

struct YearlyRow {
    std::string option;
    std::size_t year = 1; // 1-based budget year
    std::string metric;
    std::string unit;
    kernel::ConfidenceInterval ci;
};

struct MonthlyRow {
    std::string option;
    std::size_t month = 1; // 1-based
    std::string state;
    kernel::ConfidenceInterval ci;
};

[[nodiscard]] std::vector<SummaryRow> summarise(const Experiment& experiment);
[[nodiscard]] std::vector<DifferenceRow> differences(const Experiment& experiment,
                                                     const std::string& baseline);
[[nodiscard]] std::vector<YearlyRow> yearly(const Experiment& experiment);
[[nodiscard]] std::vector<MonthlyRow> monthly(const Experiment& experiment);

// Ratios (cost per eviction prevented) are in cost_effectiveness.hpp, with Fieller intervals
// and only where the incremental analysis gives them meaning.

// Mean with a 95% Student-t interval over the values that are not NaN (NaN mean if none).
[[nodiscard]] kernel::ConfidenceInterval interval_skipping_nan(const std::vector<double>& values);

} // namespace hcsim::analysis
