#include "hcsim/analysis/ratio.hpp"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

namespace hcsim::analysis {

RatioEstimate fieller_ratio(double numerator, double denominator, double var_numerator,
                            double var_denominator, double covariance, double t) {
    RatioEstimate out;
    out.ratio =
        denominator != 0.0 ? numerator / denominator : std::numeric_limits<double>::quiet_NaN();
    out.low = out.high = std::numeric_limits<double>::quiet_NaN();
    // g < 1 exactly when |denominator| / se(denominator) > t: the denominator's interval
    // excludes zero and the confidence set is a finite interval.
    const double g = denominator != 0.0 ? t * t * var_denominator / (denominator * denominator)
                                        : std::numeric_limits<double>::infinity();
    if (!(g < 1.0)) {
        return out;
    }
    const double r = out.ratio;
    const double conditional = var_denominator > 0.0
                                   ? var_numerator - covariance * covariance / var_denominator
                                   : var_numerator;
    const double spread =
        var_numerator - 2.0 * r * covariance + r * r * var_denominator - g * conditional;
    const double centre = var_denominator > 0.0 ? r - g * covariance / var_denominator : r;
    const double half = t / std::abs(denominator) * std::sqrt(std::max(spread, 0.0));
    out.low = (centre - half) / (1.0 - g);
    out.high = (centre + half) / (1.0 - g);
    out.estimable = true;
    return out;
}

RatioEstimate fieller_ratio(const std::vector<double>& numerator,
                            const std::vector<double>& denominator, double level) {
    const std::size_t n = std::min(numerator.size(), denominator.size());
    if (n < 2) {
        RatioEstimate out;
        out.n = n;
        out.ratio = out.low = out.high = std::numeric_limits<double>::quiet_NaN();
        return out;
    }
    const auto count = static_cast<double>(n);
    double mean_y = 0.0, mean_x = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        mean_y += numerator[i];
        mean_x += denominator[i];
    }
    mean_y /= count;
    mean_x /= count;
    double syy = 0.0, sxx = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dy = numerator[i] - mean_y;
        const double dx = denominator[i] - mean_x;
        syy += dy * dy;
        sxx += dx * dx;
        sxy += dx * dy;
    }
    const double scale = 1.0 / ((count - 1.0) * count); // variance of a mean
    const boost::math::students_t t_dist(count - 1.0);
    const double t = boost::math::quantile(boost::math::complement(t_dist, (1.0 - level) / 2.0));
    auto out = fieller_ratio(mean_y, mean_x, syy * scale, sxx * scale, sxy * scale, t);
    out.n = n;
    return out;
}

} // namespace hcsim::analysis
