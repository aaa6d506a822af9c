#pragma once
// Incremental cost-effectiveness analysis of mutually exclusive options, as the field does it
// (Drummond et al., Methods for the Economic Evaluation of Health Care Programmes, 4th ed.,
// ch. 4): options ordered by cost; an option is dominated when another costs no more and
// prevents at least as many evictions (one of the two strictly); extendedly dominated when a
// mix of the next cheaper and the next dearer frontier options would do better, i.e. its
// incremental ratio exceeds the next one's. Ratios are given only between neighbours on the
// frontier, and only when both cost and effect rise (a "trade-off"): a negative ratio never
// ranks anything.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hcsim::analysis {

enum class IncrementalStatus {
    baseline,
    // The cheapest option on the frontier, no dearer than the baseline and preventing more:
    dominant,
    // The cheapest option on the frontier, cheaper than the baseline, preventing none more
    // (or fewer):
    cost_saving,
    // On the frontier, dearer and better than the frontier option before it (even when both
    // are cheaper than the baseline: the ratio prices the step between them):
    trade_off,
    dominated,
    extendedly_dominated,
    no_effect, // the effect is not distinguishable from zero, and the option costs money
};

[[nodiscard]] std::string_view to_string(IncrementalStatus status) noexcept;

struct Alternative {
    double delta_cost = 0.0;          // against the baseline (the baseline itself: 0)
    double evictions_prevented = 0.0; // against the baseline (the baseline itself: 0)
    // false when the interval of evictions prevented contains zero (or it is a structural
    // zero): the effect is then treated as zero.
    bool effect_distinguishable = true;
    bool is_baseline = false;
};

struct IncrementalRow {
    std::size_t alternative = 0; // index into the input
    IncrementalStatus status = IncrementalStatus::baseline;
    // trade_off: the frontier option it is compared with; dominated / extendedly_dominated:
    // an option that dominates it (strictly: the first in cost order; extended: the next
    // dearer one left on the frontier).
    std::optional<std::size_t> compared_with;
    double incremental_cost = 0.0; // against compared_with (trade_off only)
    double incremental_effect = 0.0;
    std::optional<double> ratio; // trade_off only: incremental cost per eviction prevented
};

// One row per alternative, ordered by cost (then by effect, then by input order). Exactly
// one input must be the baseline.
[[nodiscard]] std::vector<IncrementalRow>
incremental_analysis(const std::vector<Alternative>& alternatives);

} // namespace hcsim::analysis
