#include "hcsim/model/distribution.hpp"
#include "hcsim/enum_names.hpp"

#include <algorithm>
#include <boost/math/distributions/gamma.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/weibull.hpp>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace hcsim::model {

namespace {

// Double precision throughout: Boost's default promotes to long double, and the gamma
// quantile's incomplete gamma in long double was 8% of a district run (perf), for precision
// far beyond what a delay in days needs.
using DoublePolicy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;

// Weibull scale such that the mean is `mean` for the given shape.
double weibull_scale(double mean, double shape) {
    return mean / std::tgamma(1.0 + 1.0 / shape);
}

} // namespace

Distribution Distribution::exponential(double mean_days) {
    Distribution d;
    d.kind = DistributionKind::exponential;
    d.mean = mean_days;
    return d;
}

Distribution Distribution::fixed(double days) {
    Distribution d;
    d.kind = DistributionKind::fixed;
    d.mean = days;
    return d;
}

double Distribution::quantile(double u) const {
    switch (kind) {
    case DistributionKind::exponential:
        return -mean * std::log1p(-u);
    case DistributionKind::gamma: {
        const double shape_k = 1.0 / (cv * cv);
        const boost::math::gamma_distribution<double, DoublePolicy> gamma(shape_k, mean / shape_k);
        return boost::math::quantile(gamma, u);
    }
    case DistributionKind::lognormal: {
        const double sigma2 = std::log1p(cv * cv);
        const boost::math::lognormal_distribution<double, DoublePolicy> lognormal(
            std::log(mean) - sigma2 / 2.0, std::sqrt(sigma2));
        return boost::math::quantile(lognormal, u);
    }
    case DistributionKind::weibull: {
        const boost::math::weibull_distribution<double, DoublePolicy> weibull(
            shape, weibull_scale(mean, shape));
        return boost::math::quantile(weibull, u);
    }
    case DistributionKind::fixed:
        return mean;
    case DistributionKind::uniform:
        return min + u * (max - min);
    case DistributionKind::empirical: {
        if (weights.empty()) {
            const auto index = static_cast<std::size_t>(u * static_cast<double>(values.size()));
            return values[std::min(index, values.size() - 1)];
        }
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        double cumulative = 0.0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            cumulative += weights[i] / total;
            if (u < cumulative) {
                return values[i];
            }
        }
        return values.back();
    }
    }
    throw std::logic_error("unknown distribution kind");
}

double Distribution::expected() const {
    switch (kind) {
    case DistributionKind::exponential:
    case DistributionKind::gamma:
    case DistributionKind::lognormal:
    case DistributionKind::weibull:
    case DistributionKind::fixed:
        return mean;
    case DistributionKind::uniform:
        return (min + max) / 2.0;
    case DistributionKind::empirical: {
        if (weights.empty()) {
            return std::accumulate(values.begin(), values.end(), 0.0) /
                   static_cast<double>(values.size());
        }
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        return std::inner_product(values.begin(), values.end(), weights.begin(), 0.0) / total;
    }
    }
    throw std::logic_error("unknown distribution kind");
}

// In the order of the enumerators.
constexpr std::string_view distribution_kind_names[] = {
    "exponential", "gamma", "lognormal", "weibull", "fixed", "uniform", "empirical"};
static_assert(std::size(distribution_kind_names) ==
              static_cast<std::size_t>(DistributionKind::empirical) + 1);

std::string to_string(DistributionKind kind) {
    return std::string(name_of(distribution_kind_names, kind));
}

} // namespace hcsim::model
