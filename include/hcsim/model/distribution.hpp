#pragma once
// Delay distributions of exits, sampled by inversion: the same uniform gives the same
// quantile in every option, which keeps common random numbers tightly coupled.
#include <string>
#include <vector>

namespace hcsim::model {

enum class DistributionKind { exponential, gamma, lognormal, weibull, fixed, uniform, empirical };

struct Distribution {
    DistributionKind kind = DistributionKind::fixed;
    double mean = 0.0;           // exponential, gamma, lognormal, weibull; the value of fixed
    double cv = 0.0;             // gamma, lognormal: coefficient of variation
    double shape = 0.0;          // weibull
    double min = 0.0;            // uniform
    double max = 0.0;            // uniform
    std::vector<double> values;  // empirical: the observed days
    std::vector<double> weights; // empirical: their weights (empty = equal)

    // The u-quantile in days, u in (0, 1).
    [[nodiscard]] double quantile(double u) const;
    // The expected value in days.
    [[nodiscard]] double expected() const;

    static Distribution exponential(double mean_days);
    static Distribution fixed(double days);
};

[[nodiscard]] std::string to_string(DistributionKind kind);

} // namespace hcsim::model
