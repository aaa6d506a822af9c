#pragma once
// The outcome measures a manager reads, computed from one replication. Every option of a
// scenario shares the same list, so options can be compared metric by metric.
#include "hcsim/model/ledger.hpp"
#include "hcsim/model/result.hpp"
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/indicators.hpp"

#include <string>
#include <vector>

namespace hcsim::analysis {

inline constexpr double sek_per_tkr = 1000.0;

struct MetricDefinition {
    std::string name;
    std::string unit;
    // 1 or 0 per replication (did it happen?): summarised as a proportion, with a Wilson interval.
    bool yes_or_no = false;
};

// One line of the cost breakdown: a ledger item (a state's housing days, events, a staff
// role, a fixed cost), its payer and budget year. Amounts are discounted tkr.
struct CostLine {
    model::CostCategory category = model::CostCategory::housing;
    std::string item;
    std::string payer;
    std::size_t year = 0; // 0-based
};

// Yearly measures (budget years: år 1, år 2, ...).
[[nodiscard]] const std::vector<MetricDefinition>& yearly_metric_definitions();

// What is kept of one replication: far smaller than the full result.
struct ReplicationSummary {
    std::vector<double> metrics;                     // by metric definition; NaN where undefined
    std::vector<std::vector<double>> yearly;         // [year][yearly metric]
    std::vector<std::vector<std::uint32_t>> monthly; // [month][state]
    std::vector<std::vector<std::uint64_t>> transitions; // [from][to]
    std::vector<double> cost_lines; // by the catalogue's cost_lines(), discounted tkr
    std::uint64_t events = 0;
    std::uint64_t households = 0; // simulated, initial stock included (for benchmarks)
    // Field by field (NaN metrics compare unequal, as doubles do); the codec test relies on it.
    bool operator==(const ReplicationSummary&) const = default;
};

class MetricCatalogue {
public:
    // `payers`: every payer named by any option, so cost_<payer>_tkr lines up across options;
    // `items`: every cost item of any option, so the cost lines do too; `indicators`: the
    // scenario's own measures, metrics after all the others, under their names.
    MetricCatalogue(const model::ModelSpec& reference, std::vector<std::string> payers,
                    std::vector<model::CostItem> items = {},
                    std::vector<scenario::Indicator> indicators = {});

    [[nodiscard]] const std::vector<MetricDefinition>& definitions() const noexcept {
        return definitions_;
    }
    [[nodiscard]] std::size_t index(const std::string& name) const;
    [[nodiscard]] const std::vector<CostLine>& cost_lines() const noexcept { return cost_lines_; }
    [[nodiscard]] ReplicationSummary summarise(const model::ModelSpec& spec,
                                               const model::ReplicationResult& result) const;

private:
    std::vector<MetricDefinition> definitions_;
    std::vector<model::StateIndex> night_states_; // states with a <state>_nights metric
    std::vector<std::string> payers_;
    std::vector<model::CostItem> items_;
    std::vector<CostLine> cost_lines_; // [item][payer][year], flattened
    std::vector<scenario::Indicator> indicators_;
    std::vector<std::size_t> shown_metric_; // by indicator: the metric `measure: metric` shows
    std::size_t years_ = 1;
    std::size_t group_count_ = 0;
};

// An indicator's value in one replication (NaN where undefined: no household was there).
[[nodiscard]] double indicator_value(const scenario::Indicator& indicator,
                                     const model::ReplicationResult& result);

// Every cost item of the given specs, each once (category and name), in first-seen order.
[[nodiscard]] std::vector<model::CostItem>
cost_items_of(const std::vector<const model::ModelSpec*>& specs);

// Discount factor of budget year `year` (0-based): year 1 is not discounted.
[[nodiscard]] double discount_factor(double rate, std::size_t year);

} // namespace hcsim::analysis
