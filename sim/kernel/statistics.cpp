#include "hcsim/kernel/statistics.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace hcsim::kernel {

double Tally::variance() const noexcept {
    return count_ > 1 ? sum_squared_deviations_ / static_cast<double>(count_ - 1) : 0.0;
}

double TimeWeighted::integral(double now) const noexcept {
    return area_ + (now > last_time_ ? level_ * (now - last_time_) : 0.0);
}

double TimeWeighted::mean(double now) const noexcept {
    const double span = now - start_;
    return span > 0.0 ? integral(now) / span : level_;
}

ConfidenceInterval mean_confidence_interval(std::span<const double> values, double level) {
    if (!(level > 0.0 && level < 1.0)) {
        throw std::invalid_argument("confidence level must lie strictly between 0 and 1");
    }
    Tally tally;
    for (const double v : values) {
        tally.add(v);
    }
    ConfidenceInterval ci;
    ci.count = tally.count();
    ci.mean = tally.mean();
    ci.low = ci.high = ci.mean;
    if (tally.count() < 2) {
        return ci;
    }
    const auto n = static_cast<double>(tally.count());
    const boost::math::students_t distribution(n - 1.0);
    const double t =
        boost::math::quantile(boost::math::complement(distribution, (1.0 - level) / 2.0));
    const double half = t * std::sqrt(tally.variance() / n);
    ci.low = ci.mean - half;
    ci.high = ci.mean + half;
    return ci;
}

ConfidenceInterval proportion_confidence_interval(std::uint64_t successes, std::uint64_t count,
                                                  double level) {
    if (!(level > 0.0 && level < 1.0)) {
        throw std::invalid_argument("confidence level must lie strictly between 0 and 1");
    }
    if (successes > count) {
        throw std::invalid_argument("a proportion cannot have more successes than outcomes");
    }
    ConfidenceInterval ci;
    ci.count = count;
    if (count == 0) {
        ci.mean = ci.low = ci.high = std::numeric_limits<double>::quiet_NaN();
        return ci;
    }
    const auto n = static_cast<double>(count);
    const double p = static_cast<double>(successes) / n;
    const double z = boost::math::quantile(
        boost::math::complement(boost::math::normal_distribution<double>{}, (1.0 - level) / 2.0));
    const double z2 = z * z;
    const double centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    const double half = z / (1.0 + z2 / n) * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    ci.mean = p;
    // The bounds are exact at 0 and 1 of n; rounding must not push them past the mean.
    ci.low = successes == 0 ? 0.0 : std::min(p, centre - half);
    ci.high = successes == count ? 1.0 : std::max(p, centre + half);
    return ci;
}

} // namespace hcsim::kernel
