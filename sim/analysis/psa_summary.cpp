#include "hcsim/analysis/psa_summary.hpp"

#include "hcsim/kernel/random.hpp"

#include <cmath>

namespace hcsim::analysis {

namespace {

constexpr std::uint64_t bootstrap_purpose = 103;

double mean_at(const std::vector<double>& values, const std::vector<std::size_t>& at) {
    double sum = 0.0;
    for (const std::size_t i : at) {
        sum += values[i];
    }
    return at.empty() ? 0.0 : sum / static_cast<double>(at.size());
}

double quantile_at(const std::vector<double>& values, const std::vector<std::size_t>& at,
                   double p) {
    std::vector<double> picked;
    picked.reserve(at.size());
    for (const std::size_t i : at) {
        picked.push_back(values[i]);
    }
    return empirical_quantile(std::move(picked), p);
}

} // namespace

double delta_cost(const DrawOutcome& outcome, Perspective perspective) noexcept {
    switch (perspective) {
    case Perspective::district:
        return outcome.delta_cost_district_tkr;
    case Perspective::city:
        return outcome.delta_cost_city_tkr;
    case Perspective::society:
        return outcome.delta_cost_tkr;
    }
    return outcome.delta_cost_tkr;
}

double
bootstrap_standard_error(std::size_t draws,
                         const std::function<double(const std::vector<std::size_t>&)>& statistic,
                         std::uint64_t seed, std::size_t resamples) {
    if (draws < 2 || resamples < 2) {
        return 0.0;
    }
    kernel::RandomStream stream({seed, bootstrap_purpose, draws, 0, 0});
    std::vector<std::size_t> at(draws);
    double sum = 0.0, sum_squares = 0.0;
    for (std::size_t b = 0; b < resamples; ++b) {
        for (auto& i : at) {
            i = std::min(draws - 1,
                         static_cast<std::size_t>(stream.uniform01() * static_cast<double>(draws)));
        }
        const double value = statistic(at);
        sum += value;
        sum_squares += value * value;
    }
    const auto count = static_cast<double>(resamples);
    const double variance = (sum_squares - sum * sum / count) / (count - 1.0);
    return std::sqrt(std::max(variance, 0.0));
}

double binomial_standard_error(double p, std::size_t n) noexcept {
    return n > 0 ? std::sqrt(p * (1.0 - p) / static_cast<double>(n)) : 0.0;
}

std::vector<PsaOptionSummary> summarise_psa(const PsaResult& psa, std::uint64_t seed,
                                            std::size_t resamples) {
    std::vector<PsaOptionSummary> out;
    for (std::size_t o = 0; o < psa.options.size(); ++o) {
        const auto& draws = psa.outcomes[o];
        const std::size_t n = draws.size();
        std::vector<std::size_t> all(n);
        for (std::size_t d = 0; d < n; ++d) {
            all[d] = d;
        }
        std::vector<double> prevented, lease;
        for (const auto& d : draws) {
            prevented.push_back(d.evictions_prevented);
            lease.push_back(d.more_to_own_lease);
        }
        const auto estimate_set = [&](const std::vector<double>& values, McEstimate& mean,
                                      McEstimate& p05, McEstimate& median, McEstimate& p95) {
            const auto se = [&](const std::function<double(const std::vector<std::size_t>&)>& f) {
                return McEstimate{f(all), bootstrap_standard_error(n, f, seed, resamples)};
            };
            mean = se([&](const auto& at) { return mean_at(values, at); });
            p05 = se([&](const auto& at) { return quantile_at(values, at, 0.05); });
            median = se([&](const auto& at) { return quantile_at(values, at, 0.5); });
            p95 = se([&](const auto& at) { return quantile_at(values, at, 0.95); });
        };
        for (const Perspective perspective : all_perspectives) {
            PsaOptionSummary s;
            s.option = psa.options[o];
            s.perspective = perspective;
            s.draws = n;
            std::vector<double> cost;
            std::size_t saves = 0;
            for (const auto& d : draws) {
                cost.push_back(delta_cost(d, perspective));
                saves += delta_cost(d, perspective) < 0.0 ? 1 : 0;
            }
            estimate_set(cost, s.delta_cost_mean, s.delta_cost_p05, s.delta_cost_median,
                         s.delta_cost_p95);
            estimate_set(prevented, s.prevented_mean, s.prevented_p05, s.prevented_median,
                         s.prevented_p95);
            estimate_set(lease, s.lease_mean, s.lease_p05, s.lease_median, s.lease_p95);
            const double p_saves =
                n > 0 ? static_cast<double>(saves) / static_cast<double>(n) : 0.0;
            const double p_prevents = probability_prevents_an_eviction(draws);
            s.probability_saves_money = {p_saves, binomial_standard_error(p_saves, n)};
            s.probability_prevents_an_eviction = {p_prevents,
                                                  binomial_standard_error(p_prevents, n)};
            if (o < psa.nominal.size()) {
                s.nominal_delta_cost_tkr = delta_cost(psa.nominal[o], perspective);
                s.nominal_evictions_prevented = psa.nominal[o].evictions_prevented;
                s.inner_delta_cost_se_tkr = psa.nominal[o].delta_cost_se_tkr;
            }
            const std::size_t years =
                draws.empty() ? 0 : draws.front().cumulative_delta_cost_by_year.size();
            for (std::size_t y = 0; y < years; ++y) {
                std::size_t paid = 0;
                for (const auto& d : draws) {
                    paid += y < d.cumulative_delta_cost_by_year.size() &&
                                    d.cumulative_delta_cost_by_year[y] <= 0.0
                                ? 1
                                : 0;
                }
                s.share_of_draws_paid_back_by_year.push_back(static_cast<double>(paid) /
                                                             static_cast<double>(n));
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

} // namespace hcsim::analysis
