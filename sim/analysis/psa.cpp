#include "hcsim/analysis/psa.hpp"

#include "hcsim/kernel/random.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace hcsim::analysis {

std::uint64_t inner_seed(const PsaSettings& settings, std::size_t draw) noexcept {
    if (settings.common_streams_across_draws) {
        return settings.inner.seed;
    }
    kernel::RandomStream stream({settings.inner.seed, draw, draw_seed, 0, 0});
    return stream();
}

PsaResult run_psa(const ScenarioFactory& factory, const std::vector<UncertainInput>& inputs,
                  const PsaSettings& settings) {
    PsaResult result;
    result.inputs = inputs;
    for (const auto& o : decision_outcomes(factory({}), settings.inner, settings.baseline)) {
        result.options.push_back(o.option);
        result.nominal.push_back(o.outcome);
    }
    result.outcomes.assign(result.options.size(), std::vector<DrawOutcome>(settings.draws));
    // Draws run one after another; each draw's replications run in threads inside
    // run_experiment, which keeps the result independent of the thread count.
    for (std::size_t d = 0; d < settings.draws; ++d) {
        auto values = sample_inputs(inputs, settings.inner.seed, d);
        RunSettings inner = settings.inner;
        inner.seed = inner_seed(settings, d);
        inner.progress = nullptr;
        const auto outcomes =
            decision_outcomes(factory(as_overrides(inputs, values)), inner, settings.baseline);
        for (std::size_t o = 0; o < outcomes.size() && o < result.options.size(); ++o) {
            result.outcomes[o][d] = outcomes[o].outcome;
        }
        result.values.push_back(std::move(values));
        if (settings.progress) {
            settings.progress(d + 1, settings.draws);
        }
    }
    return result;
}

double probability_saves_money(const std::vector<DrawOutcome>& draws) {
    return probability_net_benefit_positive(draws, 0.0); // NB at 0 tkr = money saved
}

double probability_prevents_an_eviction(const std::vector<DrawOutcome>& draws) {
    if (draws.empty()) {
        return 0.0;
    }
    const auto count = std::count_if(draws.begin(), draws.end(), [](const DrawOutcome& d) {
        return d.evictions_prevented >= 1.0;
    });
    return static_cast<double>(count) / static_cast<double>(draws.size());
}

double empirical_quantile(std::vector<double> values, double p) {
    if (values.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::sort(values.begin(), values.end());
    const double position = p * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double weight = position - static_cast<double>(below);
    return values[below] + weight * (values[above] - values[below]);
}

std::vector<DriverRanking> rank_drivers(const PsaResult& psa) {
    std::vector<DriverRanking> rankings;
    if (psa.inputs.empty() || psa.values.size() < psa.inputs.size() + 2) {
        return rankings;
    }
    for (std::size_t o = 0; o < psa.options.size(); ++o) {
        for (const bool cost : {true, false}) {
            std::vector<double> output;
            for (const auto& d : psa.outcomes[o]) {
                output.push_back(cost ? d.delta_cost_tkr : d.evictions_prevented);
            }
            const auto s = global_sensitivity(psa.values, output);
            DriverRanking ranking{
                psa.options[o], cost ? "delta_cost_tkr" : "evictions_prevented", s.r_squared, {}};
            for (std::size_t i = 0; i < psa.inputs.size(); ++i) {
                ranking.drivers.push_back({i, s.src[i], s.prcc[i]});
            }
            std::stable_sort(ranking.drivers.begin(), ranking.drivers.end(),
                             [](const Driver& a, const Driver& b) {
                                 if (std::abs(a.prcc) != std::abs(b.prcc)) {
                                     return std::abs(a.prcc) > std::abs(b.prcc);
                                 }
                                 return std::abs(a.src) > std::abs(b.src);
                             });
            rankings.push_back(std::move(ranking));
        }
    }
    return rankings;
}

} // namespace hcsim::analysis
