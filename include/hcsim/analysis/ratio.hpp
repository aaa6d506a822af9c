#pragma once
// A ratio of two means with Fieller's confidence set (Fieller 1954, J. R. Stat. Soc. B 16:175;
// as used for cost-effectiveness ratios by Willan & O'Brien 1996, Health Econ 5:297). The
// delta method gives a symmetric interval even when the denominator may be zero; Fieller's set
// is bounded only when the denominator differs from zero at the chosen level, and is otherwise
// reported as not estimable rather than as numbers.
#include <cstddef>
#include <vector>

namespace hcsim::analysis {

struct RatioEstimate {
    double ratio = 0.0; // mean(numerator) / mean(denominator)
    double low = 0.0;   // Fieller limits; meaningful only when `estimable`
    double high = 0.0;
    bool estimable = false; // false: the denominator's interval contains zero (or n < 2)
    std::size_t n = 0;
};

// From the two estimates, their variances and covariance (of the estimates, i.e. squared
// standard errors) and the t (or z) quantile of the two-sided level.
[[nodiscard]] RatioEstimate fieller_ratio(double numerator, double denominator,
                                          double var_numerator, double var_denominator,
                                          double covariance, double t);

// From paired per-replication values: mean(numerator) / mean(denominator), with the sample
// (co)variances of the means and Student's t with n - 1 degrees of freedom.
[[nodiscard]] RatioEstimate fieller_ratio(const std::vector<double>& numerator,
                                          const std::vector<double>& denominator,
                                          double level = 0.95);

} // namespace hcsim::analysis
