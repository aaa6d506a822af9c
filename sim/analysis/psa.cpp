#include "hcsim/analysis/psa.hpp"

#include "hcsim/analysis/detail/byte_codec.hpp"
#include "hcsim/kernel/random.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace hcsim::analysis {

using detail::ByteReader;
using detail::ByteWriter;

namespace {

// A draw's outcome fields in their byte order: one list for the writer and the reader.
template <typename Outcome>
auto fields_of(Outcome& o) {
    return std::tie(o.delta_cost_tkr, o.delta_cost_city_tkr, o.delta_cost_district_tkr,
                    o.evictions_prevented, o.more_to_own_lease, o.delta_homeless_nights,
                    o.delta_cost_se_tkr, o.cumulative_delta_cost_by_year,
                    o.share_paid_back_by_year);
}

} // namespace

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
    result.values.assign(settings.draws, {});
    // Draws are the tasks: each computes its own slot (its values and outcomes) with its
    // replications in one thread, so the result is the same whatever spreads the draws
    // (threads of this process, or the ranks of an MPI job through settings.inner.executor).
    TaskSlots draws;
    draws.count = settings.draws;
    draws.compute = [&](std::size_t d) {
        auto values = sample_inputs(inputs, settings.inner.seed, d);
        RunSettings inner = settings.inner;
        inner.seed = inner_seed(settings, d);
        inner.progress = nullptr;
        inner.executor = nullptr;
        inner.threads = 1;
        const auto outcomes =
            decision_outcomes(factory(as_overrides(inputs, values)), inner, settings.baseline);
        for (std::size_t o = 0; o < outcomes.size() && o < result.options.size(); ++o) {
            result.outcomes[o][d] = outcomes[o].outcome;
        }
        result.values[d] = std::move(values);
    };
    draws.encode = [&](std::size_t d) {
        ByteWriter writer;
        writer.put(result.values[d]);
        for (const auto& option : result.outcomes) {
            const DrawOutcome& outcome = option[d];
            writer.put_all(fields_of(outcome));
        }
        return std::move(writer).take();
    };
    draws.decode = [&](std::size_t d, std::string_view bytes) {
        ByteReader reader(bytes);
        reader.get(result.values[d]);
        for (auto& option : result.outcomes) {
            DrawOutcome& outcome = option[d];
            reader.get_all(fields_of(outcome));
        }
    };
    draws.progress = settings.progress;
    if (settings.inner.executor != nullptr) {
        settings.inner.executor->run(draws);
    } else {
        ThreadExecutor(settings.inner.threads).run(draws);
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
