#include "hcsim/analysis/one_way_sensitivity.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::analysis {

double TornadoBar::cost_swing() const noexcept {
    return std::abs(at_high.delta_cost_tkr - at_low.delta_cost_tkr);
}

std::vector<TornadoBar> tornado(const ScenarioFactory& factory,
                                const std::vector<UncertainInput>& inputs,
                                const RunSettings& settings, const std::string& baseline,
                                double low_percentile, double high_percentile) {
    std::vector<TornadoBar> bars;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const double low = inputs[i].quantile(low_percentile);
        const double high = inputs[i].quantile(high_percentile);
        const auto at_low =
            decision_outcomes(factory({{inputs[i].field, low}}), settings, baseline);
        const auto at_high =
            decision_outcomes(factory({{inputs[i].field, high}}), settings, baseline);
        for (std::size_t o = 0; o < at_low.size() && o < at_high.size(); ++o) {
            bars.push_back({at_low[o].option, i, low, high, at_low[o].outcome, at_high[o].outcome});
        }
    }
    // Option order is the scenario's: the order the options first appear in the bars.
    std::vector<std::string> order;
    for (const auto& bar : bars) {
        if (std::find(order.begin(), order.end(), bar.option) == order.end()) {
            order.push_back(bar.option);
        }
    }
    const auto rank = [&](const std::string& option) {
        return std::find(order.begin(), order.end(), option) - order.begin();
    };
    std::stable_sort(bars.begin(), bars.end(), [&](const TornadoBar& a, const TornadoBar& b) {
        if (a.option != b.option) {
            return rank(a.option) < rank(b.option);
        }
        return a.cost_swing() > b.cost_swing();
    });
    return bars;
}

Overrides scaled_effects(const std::vector<EffectField>& effects, double k) {
    Overrides overrides;
    for (const auto& e : effects) {
        overrides[e.field] = 1.0 + k * (e.nominal - 1.0);
    }
    return overrides;
}

double largest_allowed_multiplier(const std::vector<EffectField>& effects, double cap) {
    double k = cap;
    for (const auto& e : effects) {
        const double distance = e.nominal - 1.0;
        if (distance < 0.0) {
            k = std::min(k, (e.allowed_min - 1.0) / distance);
        } else if (distance > 0.0) {
            k = std::min(k, (e.allowed_max - 1.0) / distance);
        }
    }
    return std::max(k, 0.0);
}

std::optional<double> first_root(const std::function<double(double)>& f, double max,
                                 std::size_t steps, std::size_t bisections) {
    double previous_x = 0.0;
    if (f(previous_x) <= 0.0) {
        return previous_x;
    }
    for (std::size_t s = 1; s <= steps; ++s) {
        const double x = max * static_cast<double>(s) / static_cast<double>(steps);
        if (f(x) <= 0.0) {
            double above = previous_x; // f > 0
            double below = x;          // f <= 0
            for (std::size_t b = 0; b < bisections; ++b) {
                const double middle = (above + below) / 2.0;
                (f(middle) <= 0.0 ? below : above) = middle;
            }
            return below;
        }
        previous_x = x;
    }
    return std::nullopt;
}

std::vector<BreakEven> break_even_effects(const ScenarioFactory& factory,
                                          const std::vector<EffectField>& effects,
                                          const RunSettings& settings, const std::string& baseline,
                                          const std::vector<Perspective>& perspectives,
                                          double cap) {
    const double max = largest_allowed_multiplier(effects, cap);
    std::vector<BreakEven> results;
    for (const auto& nominal : decision_outcomes(factory({}), settings, baseline)) {
        // Every k is evaluated once, whatever the perspective asks for it.
        std::vector<std::pair<double, DrawOutcome>> seen;
        const auto outcome_at = [&](double k) {
            for (const auto& [at, outcome] : seen) {
                if (at == k) {
                    return outcome;
                }
            }
            seen.emplace_back(k, decision_outcomes(factory(scaled_effects(effects, k)), settings,
                                                   baseline, {nominal.option})
                                     .front()
                                     .outcome);
            return seen.back().second;
        };
        const DrawOutcome half = outcome_at(0.5);
        for (const Perspective perspective : perspectives) {
            BreakEven result{nominal.option,  perspective, max, std::nullopt,
                             nominal.outcome, {},          half};
            result.multiplier = first_root(
                [&](double k) {
                    const DrawOutcome o = outcome_at(k);
                    return perspective == Perspective::society ? o.delta_cost_tkr
                           : perspective == Perspective::city  ? o.delta_cost_city_tkr
                                                               : o.delta_cost_district_tkr;
                },
                max, 8, 8);
            if (result.multiplier) {
                result.at_break_even = outcome_at(*result.multiplier);
            }
            results.push_back(std::move(result));
        }
    }
    return results;
}

} // namespace hcsim::analysis
