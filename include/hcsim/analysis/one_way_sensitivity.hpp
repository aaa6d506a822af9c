#pragma once
// One parameter at a time: the tornado (each uncertain input at its 5th and 95th percentile,
// the others at their nominal values) and the break-even effect size.
#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/analysis/decision_outcomes.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct TornadoBar {
    std::string option;
    std::size_t input = 0;   // index into the inputs
    double low_value = 0.0;  // the input at its 5th percentile
    double high_value = 0.0; // at its 95th percentile
    DrawOutcome at_low;
    DrawOutcome at_high;
    [[nodiscard]] double cost_swing() const noexcept;
};

// Every run uses `settings` (same seed: common random numbers across the bars). Bars are
// sorted by option (scenario order), then by cost swing, largest first.
[[nodiscard]] std::vector<TornadoBar>
tornado(const ScenarioFactory& factory, const std::vector<UncertainInput>& inputs,
        const RunSettings& settings, const std::string& baseline, double low_percentile = 0.05,
        double high_percentile = 0.95);

// A staff effect (relative risk or delay factor, 1 = no effect) that the break-even search
// scales: at multiplier k its value is 1 + k * (nominal - 1). k = 0 is "no effect at all",
// k = 1 the scenario as written, k = 2 twice as far from 1.
struct EffectField {
    std::string field;
    double nominal = 1.0;
    double allowed_min = 0.0;
    double allowed_max = 0.0;
};

struct BreakEven {
    std::string option;
    Perspective perspective = Perspective::society; // whose cost must fall to zero
    double max_multiplier = 0.0;      // the search range [0, max]; values stay allowed
    std::optional<double> multiplier; // smallest k with mean cost difference <= 0
    DrawOutcome at_nominal;           // k = 1
    DrawOutcome at_break_even;        // at `multiplier` (when found)
    DrawOutcome at_half_effect;       // k = 0.5: the sceptical reading, every effect half as large
};

// Overrides putting every effect at multiplier k.
[[nodiscard]] Overrides scaled_effects(const std::vector<EffectField>& effects, double k);

// Largest k (capped at `cap`) that keeps every scaled effect within its allowed range.
[[nodiscard]] double largest_allowed_multiplier(const std::vector<EffectField>& effects,
                                                double cap);

// The smallest x in [0, max] with f(x) <= 0, found by scanning `steps` equal steps for the
// first sign change and bisecting it `bisections` times; empty when f stays above 0.
[[nodiscard]] std::optional<double> first_root(const std::function<double(double)>& f, double max,
                                               std::size_t steps, std::size_t bisections);

// For each option other than the baseline: how large the staff effects must be for the
// option to pay for itself (mean cost difference <= 0 over the horizon). Every evaluation
// uses the same seed, so the cost difference is a smooth function of k.
// One entry per option and perspective (options in scenario order, then perspectives).
[[nodiscard]] std::vector<BreakEven> break_even_effects(
    const ScenarioFactory& factory, const std::vector<EffectField>& effects,
    const RunSettings& settings, const std::string& baseline,
    const std::vector<Perspective>& perspectives = {Perspective::city, Perspective::society},
    double cap = 4.0);

} // namespace hcsim::analysis
