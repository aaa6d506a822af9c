#pragma once
// The outcome measures a manager reads, computed from one replication. Every option of a
// scenario shares the same list, so options can be compared metric by metric.
#include "hcsim/model/result.hpp"
#include "hcsim/model/spec.hpp"

#include <string>
#include <vector>

namespace hcsim::analysis {

inline constexpr double sek_per_tkr = 1000.0;

struct MetricDefinition {
    std::string name;
    std::string unit;
};

// Yearly measures (budget years: år 1, år 2, ...).
[[nodiscard]] const std::vector<MetricDefinition>& yearly_metric_definitions();

// What is kept of one replication: far smaller than the full result.
struct ReplicationSummary {
    std::vector<double> metrics;                     // by metric definition; NaN where undefined
    std::vector<std::vector<double>> yearly;         // [year][yearly metric]
    std::vector<std::vector<std::uint32_t>> monthly; // [month][state]
    std::vector<std::vector<std::uint64_t>> transitions; // [from][to]
    std::uint64_t events = 0;
};

class MetricCatalogue {
public:
    // `payers`: every payer named by any option, so cost_<payer>_tkr lines up across options.
    MetricCatalogue(const model::ModelSpec& reference, std::vector<std::string> payers);

    [[nodiscard]] const std::vector<MetricDefinition>& definitions() const noexcept {
        return definitions_;
    }
    [[nodiscard]] std::size_t index(const std::string& name) const;
    [[nodiscard]] ReplicationSummary summarise(const model::ModelSpec& spec,
                                               const model::ReplicationResult& result) const;

private:
    std::vector<MetricDefinition> definitions_;
    std::vector<model::StateIndex> night_states_; // states with a <state>_nights metric
    std::vector<std::string> payers_;
};

// Discount factor of budget year `year` (0-based): year 1 is not discounted.
[[nodiscard]] double discount_factor(double rate, std::size_t year);

} // namespace hcsim::analysis
