#include "hcsim/analysis/experiment.hpp"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>

namespace hcsim::analysis {

namespace {
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
} // namespace

kernel::ConfidenceInterval interval_skipping_nan(const std::vector<double>& values) {
    std::vector<double> defined;
    defined.reserve(values.size());
    for (const double v : values) {
        if (!std::isnan(v)) {
            defined.push_back(v);
        }
    }
    if (defined.empty()) {
        return {nan, nan, nan, 0};
    }
    return kernel::mean_confidence_interval(defined);
}

namespace {

std::vector<double> column(const OptionResults& option, std::size_t metric) {
    std::vector<double> values;
    values.reserve(option.replications.size());
    for (const auto& r : option.replications) {
        values.push_back(r.metrics[metric]);
    }
    return values;
}

std::size_t metric_index(const Experiment& e, const std::string& name) {
    for (std::size_t i = 0; i < e.metrics.size(); ++i) {
        if (e.metrics[i].name == name) {
            return i;
        }
    }
    throw std::out_of_range("no metric " + name);
}

} // namespace

kernel::ConfidenceInterval ratio_interval(const std::vector<double>& numerator,
                                          const std::vector<double>& denominator, double level) {
    const std::size_t n = numerator.size();
    kernel::Tally x, y;
    for (std::size_t i = 0; i < n; ++i) {
        y.add(numerator[i]);
        x.add(denominator[i]);
    }
    if (n < 2 || x.mean() <= 0.0) {
        return {nan, nan, nan, n};
    }
    const double ratio = y.mean() / x.mean();
    kernel::Tally residual; // y - R x: its variance gives the delta-method variance of R
    for (std::size_t i = 0; i < n; ++i) {
        residual.add(numerator[i] - ratio * denominator[i]);
    }
    const double se = std::sqrt(residual.variance() / static_cast<double>(n)) / x.mean();
    const boost::math::students_t t_dist(static_cast<double>(n - 1));
    const double t = boost::math::quantile(boost::math::complement(t_dist, (1.0 - level) / 2.0));
    return {ratio, ratio - t * se, ratio + t * se, n};
}

std::vector<SummaryRow> summarise(const Experiment& e) {
    std::vector<SummaryRow> rows;
    for (const auto& option : e.options) {
        for (std::size_t m = 0; m < e.metrics.size(); ++m) {
            rows.push_back({option.name, e.metrics[m].name, e.metrics[m].unit,
                            interval_skipping_nan(column(option, m))});
        }
    }
    return rows;
}

std::vector<DifferenceRow> differences(const Experiment& e, const std::string& baseline_name) {
    const OptionResults& baseline = e.option(baseline_name);
    const std::size_t cost = metric_index(e, "cost_total_tkr");
    const std::size_t evictions = metric_index(e, "evictions");
    const std::size_t housed = metric_index(e, "households_to_own_lease");
    const auto& yearly_defs = yearly_metric_definitions();
    std::size_t yearly_cost = 0;
    while (yearly_defs[yearly_cost].name != "cost_total_tkr") {
        ++yearly_cost;
    }
    std::vector<DifferenceRow> rows;
    for (const auto& option : e.options) {
        if (option.name == baseline_name) {
            continue;
        }
        const std::size_t n = std::min(option.replications.size(), baseline.replications.size());
        std::vector<std::vector<double>> delta(e.metrics.size(), std::vector<double>(n));
        for (std::size_t m = 0; m < e.metrics.size(); ++m) {
            for (std::size_t r = 0; r < n; ++r) {
                delta[m][r] =
                    option.replications[r].metrics[m] - baseline.replications[r].metrics[m];
            }
            rows.push_back({option.name, baseline_name, e.metrics[m].name, e.metrics[m].unit,
                            interval_skipping_nan(delta[m])});
        }
        std::vector<double> prevented(n), newly_housed(n);
        for (std::size_t r = 0; r < n; ++r) {
            prevented[r] = -delta[evictions][r];
            newly_housed[r] = delta[housed][r];
        }
        rows.push_back({option.name, baseline_name, "cost_per_eviction_prevented_tkr", "tkr",
                        ratio_interval(delta[cost], prevented)});
        rows.push_back({option.name, baseline_name, "net_cost_per_household_housed_tkr", "tkr",
                        ratio_interval(delta[cost], newly_housed)});
        // Break-even: the first budget year whose cumulative net cost is <= 0. The interval
        // gives the year by the optimistic (lower) and pessimistic (upper) bound.
        kernel::ConfidenceInterval break_even{nan, nan, nan, n};
        std::vector<double> cumulative(n, 0.0);
        for (std::size_t y = 0; y < e.years; ++y) {
            for (std::size_t r = 0; r < n; ++r) {
                cumulative[r] += option.replications[r].yearly[y][yearly_cost] -
                                 baseline.replications[r].yearly[y][yearly_cost];
            }
            const auto ci = kernel::mean_confidence_interval(cumulative);
            const auto year = static_cast<double>(y + 1);
            if (std::isnan(break_even.mean) && ci.mean <= 0.0) {
                break_even.mean = year;
            }
            if (std::isnan(break_even.low) && ci.low <= 0.0) {
                break_even.low = year;
            }
            if (std::isnan(break_even.high) && ci.high <= 0.0) {
                break_even.high = year;
            }
        }
        rows.push_back({option.name, baseline_name, "break_even_year", "year", break_even});
    }
    return rows;
}

std::vector<YearlyRow> yearly(const Experiment& e) {
    std::vector<YearlyRow> rows;
    const auto& defs = yearly_metric_definitions();
    for (const auto& option : e.options) {
        for (std::size_t y = 0; y < e.years; ++y) {
            for (std::size_t m = 0; m < defs.size(); ++m) {
                std::vector<double> values;
                for (const auto& r : option.replications) {
                    values.push_back(r.yearly[y][m]);
                }
                rows.push_back({option.name, y + 1, defs[m].name, defs[m].unit,
                                interval_skipping_nan(values)});
            }
        }
    }
    return rows;
}

std::vector<MonthlyRow> monthly(const Experiment& e) {
    std::vector<MonthlyRow> rows;
    for (const auto& option : e.options) {
        for (std::size_t month = 0; month < e.months; ++month) {
            for (std::size_t s = 0; s < e.states.size(); ++s) {
                std::vector<double> values;
                for (const auto& r : option.replications) {
                    values.push_back(month < r.monthly.size() ? r.monthly[month][s] : nan);
                }
                rows.push_back(
                    {option.name, month + 1, e.states[s], interval_skipping_nan(values)});
            }
        }
    }
    return rows;
}

} // namespace hcsim::analysis
