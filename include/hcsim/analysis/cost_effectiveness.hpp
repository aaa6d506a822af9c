#pragma once
// The cost-effectiveness figures of one compare experiment, by perspective: whose money
// (district; city = district + the city's central reserve; society = every payer, landlords
// and tenants included), the incremental analysis of the options (incremental.hpp) with
// Fieller intervals for the ratios, the funder's own figure, where the cost difference comes
// from, and how many replications have paid back by each budget year.
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/analysis/incremental.hpp"
#include "hcsim/analysis/ratio.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hcsim::analysis {

enum class Perspective { district, city, society };
inline constexpr std::array<Perspective, 3> all_perspectives{
    Perspective::district, Perspective::city, Perspective::society};
[[nodiscard]] std::string_view to_string(Perspective perspective) noexcept;

// Whether a payer's costs count in a perspective: district only "district"; city adds every
// payer whose name starts with "city" (the central reserve); society counts every payer.
[[nodiscard]] bool counts_in(Perspective perspective, std::string_view payer) noexcept;

// Per replication of `option`: its cost in the perspective (discounted tkr).
[[nodiscard]] std::vector<double>
perspective_costs(const Experiment& e, const OptionResults& option, Perspective perspective);

// Per replication: evictions over the horizon, each year's discounted at the experiment's
// rate (year 1 not discounted), as the costs are.
[[nodiscard]] std::vector<double> discounted_evictions(const Experiment& e,
                                                       const OptionResults& option);

struct CostEffectivenessRow {
    Perspective perspective = Perspective::society;
    std::string option;
    IncrementalStatus status = IncrementalStatus::baseline;
    kernel::ConfidenceInterval delta_cost;      // option - baseline, tkr
    kernel::ConfidenceInterval delta_evictions; // option - baseline (discounted)
    std::string compared_with;         // the option a trade-off is priced against, or who dominates
    double incremental_cost_tkr = 0.0; // trade_off: against compared_with
    double incremental_evictions_prevented = 0.0;
    std::optional<RatioEstimate> ratio; // trade_off only; Fieller over the replications
    double net_benefit_tkr = 0.0;       // value * evictions prevented - delta cost
};

// In each perspective, the options ordered by cost. `value_per_eviction_tkr` prices one
// prevented eviction in the net benefit (0: money only).
[[nodiscard]] std::vector<CostEffectivenessRow>
incremental_table(const Experiment& e, const std::string& baseline, double value_per_eviction_tkr);

// The funder's figure: what a payer other than the district, the landlords and the tenants
// (the central reserve, Socialstyrelsen) pays for an option, per eviction prevented.
struct FunderFigure {
    std::string option;
    std::string payer;
    kernel::ConfidenceInterval funds_tkr; // option - baseline, that payer's cost
    RatioEstimate per_eviction_prevented; // not estimable when the effect's interval has 0
};
[[nodiscard]] std::vector<FunderFigure> funder_figures(const Experiment& e,
                                                       const std::string& baseline);

// The cost difference line by line (category, item, payer, budget year): lines that differ
// from the baseline in some replication.
struct CostBreakdownRow {
    std::string option;
    CostLine line;
    kernel::ConfidenceInterval delta_tkr;
};
[[nodiscard]] std::vector<CostBreakdownRow> cost_breakdown(const Experiment& e,
                                                           const std::string& baseline);

// Share of replications whose cumulative cost difference (society) is at or below zero by the
// end of each budget year.
struct BreakEvenShare {
    std::string option;
    std::size_t year = 1; // 1-based
    double share = 0.0;
};
[[nodiscard]] std::vector<BreakEvenShare> break_even_shares(const Experiment& e,
                                                            const std::string& baseline);

// Per-replication differences option - baseline of one metric.
[[nodiscard]] std::vector<double> paired_differences(const Experiment& e,
                                                     const OptionResults& option,
                                                     const OptionResults& baseline,
                                                     std::size_t metric);

} // namespace hcsim::analysis
