#include "hcsim/analysis/experiment.hpp"

#include <cmath>
#include <cstdint>
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

// A yes/no metric's interval: the share of replications where it happened (NaN skipped).
kernel::ConfidenceInterval proportion_skipping_nan(const std::vector<double>& values) {
    std::uint64_t yes = 0;
    std::uint64_t defined = 0;
    for (const double v : values) {
        if (!std::isnan(v)) {
            ++defined;
            yes += v > 0.5 ? 1U : 0U;
        }
    }
    return kernel::proportion_confidence_interval(yes, defined);
}

std::vector<double> column(const OptionResults& option, std::size_t metric) {
    std::vector<double> values;
    values.reserve(option.replications.size());
    for (const auto& r : option.replications) {
        values.push_back(r.metrics[metric]);
    }
    return values;
}

} // namespace

std::vector<SummaryRow> summarise(const Experiment& e) {
    std::vector<SummaryRow> rows;
    for (const auto& option : e.options) {
        for (std::size_t m = 0; m < e.metrics.size(); ++m) {
            const auto values = column(option, m);
            rows.push_back({option.name, e.metrics[m].name, e.metrics[m].unit,
                            e.metrics[m].yes_or_no ? proportion_skipping_nan(values)
                                                   : interval_skipping_nan(values)});
        }
    }
    return rows;
}

std::vector<DifferenceRow> differences(const Experiment& e, const std::string& baseline_name) {
    const OptionResults& baseline = e.option(baseline_name);
    std::vector<DifferenceRow> rows;
    for (const auto& option : e.options) {
        if (option.name == baseline_name) {
            continue;
        }
        const std::size_t n = std::min(option.replications.size(), baseline.replications.size());
        std::vector<double> delta(n);
        for (std::size_t m = 0; m < e.metrics.size(); ++m) {
            bool unaffected = n > 0;
            for (std::size_t r = 0; r < n; ++r) {
                delta[r] = option.replications[r].metrics[m] - baseline.replications[r].metrics[m];
                // NaN (undefined in a replication) is not "unaffected": NaN != 0.
                unaffected = unaffected && delta[r] == 0.0;
            }
            rows.push_back({option.name, baseline_name, e.metrics[m].name, e.metrics[m].unit,
                            interval_skipping_nan(delta), unaffected});
        }
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
