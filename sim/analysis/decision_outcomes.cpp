#include "hcsim/analysis/decision_outcomes.hpp"

#include "hcsim/analysis/cost_effectiveness.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::analysis {

namespace {

std::size_t yearly_index(const char* name) {
    const auto& defs = yearly_metric_definitions();
    std::size_t i = 0;
    while (defs[i].name != name) {
        ++i;
    }
    return i;
}

double mean_of(const std::vector<double>& v) {
    return kernel::mean_confidence_interval(v).mean;
}

} // namespace

std::vector<OptionOutcome> decision_outcomes(const scenario::Scenario& scenario,
                                             const RunSettings& settings,
                                             const std::string& baseline,
                                             const std::vector<std::string>& options) {
    std::vector<std::string> run;
    if (!options.empty()) {
        run = options;
        if (std::find(run.begin(), run.end(), baseline) == run.end()) {
            run.push_back(baseline);
        }
    }
    const Experiment e = run_experiment(scenario, settings, run);
    const OptionResults& base = e.option(baseline);
    const auto base_evictions = discounted_evictions(e, base);
    std::vector<std::vector<double>> base_costs;
    for (const Perspective p : all_perspectives) {
        base_costs.push_back(perspective_costs(e, base, p));
    }
    const std::size_t lease = [&] {
        for (std::size_t m = 0; m < e.metrics.size(); ++m) {
            if (e.metrics[m].name == "households_to_own_lease") {
                return m;
            }
        }
        return e.metrics.size();
    }();
    const std::size_t nights = [&] {
        for (std::size_t m = 0; m < e.metrics.size(); ++m) {
            if (e.metrics[m].name == "homeless_nights") {
                return m;
            }
        }
        return e.metrics.size();
    }();
    const std::size_t yearly_cost = yearly_index("cost_total_tkr");
    std::vector<OptionOutcome> out;
    for (const auto& option : e.options) {
        if (option.name == baseline) {
            continue;
        }
        DrawOutcome o;
        std::vector<double> delta[3];
        for (std::size_t p = 0; p < all_perspectives.size(); ++p) {
            const auto costs = perspective_costs(e, option, all_perspectives[p]);
            delta[p].resize(std::min(costs.size(), base_costs[p].size()));
            for (std::size_t r = 0; r < delta[p].size(); ++r) {
                delta[p][r] = costs[r] - base_costs[p][r];
            }
        }
        const auto society = kernel::mean_confidence_interval(delta[2]);
        o.delta_cost_district_tkr = mean_of(delta[0]);
        o.delta_cost_city_tkr = mean_of(delta[1]);
        o.delta_cost_tkr = society.mean;
        o.delta_cost_half_width_tkr = society.half_width();
        if (delta[2].size() > 1) {
            double squares = 0.0;
            for (const double d : delta[2]) {
                squares += (d - society.mean) * (d - society.mean);
            }
            const auto count = static_cast<double>(delta[2].size());
            o.delta_cost_se_tkr = std::sqrt(squares / (count - 1.0) / count);
        }
        const auto evictions = discounted_evictions(e, option);
        std::vector<double> prevented(std::min(evictions.size(), base_evictions.size()));
        for (std::size_t r = 0; r < prevented.size(); ++r) {
            prevented[r] = base_evictions[r] - evictions[r];
        }
        const auto prevented_ci = kernel::mean_confidence_interval(prevented);
        o.evictions_prevented = 0.0 + prevented_ci.mean; // never -0 in tables
        o.evictions_prevented_half_width = prevented_ci.half_width();
        if (lease < e.metrics.size()) {
            o.more_to_own_lease = mean_of(paired_differences(e, option, base, lease));
        }
        if (nights < e.metrics.size()) {
            o.delta_homeless_nights = mean_of(paired_differences(e, option, base, nights));
        }
        const std::size_t n = std::min(option.replications.size(), base.replications.size());
        std::vector<double> cumulative(n, 0.0);
        for (std::size_t y = 0; y < e.years; ++y) {
            std::size_t paid_back = 0;
            for (std::size_t r = 0; r < n; ++r) {
                cumulative[r] += option.replications[r].yearly[y][yearly_cost] -
                                 base.replications[r].yearly[y][yearly_cost];
                paid_back += cumulative[r] <= 0.0 ? 1 : 0;
            }
            o.cumulative_delta_cost_by_year.push_back(mean_of(cumulative));
            o.share_paid_back_by_year.push_back(
                n > 0 ? static_cast<double>(paid_back) / static_cast<double>(n) : 0.0);
        }
        out.push_back({option.name, std::move(o)});
    }
    return out;
}

} // namespace hcsim::analysis
