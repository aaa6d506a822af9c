#include "hcsim/analysis/contributions.hpp"

#include <algorithm>
#include <stdexcept>

namespace hcsim::analysis {

namespace {

// An option's variant without some roles; the name cannot clash with a scenario's options
// (option names use letters, digits, '_' and '-').
std::string variant_name(const std::string& option, const std::string& without) {
    return option + " without " + without;
}

scenario::OptionModel without_roles(const scenario::OptionModel& option,
                                    const std::vector<std::size_t>& removed,
                                    const std::string& label) {
    scenario::OptionModel variant{variant_name(option.name, label), option.spec, ""};
    variant.spec.staff.clear();
    for (std::size_t p = 0; p < option.spec.staff.size(); ++p) {
        if (std::find(removed.begin(), removed.end(), p) == removed.end()) {
            variant.spec.staff.push_back(option.spec.staff[p]);
        }
    }
    return variant;
}

std::size_t metric_position(const Experiment& e, const std::string& name) {
    for (std::size_t i = 0; i < e.metrics.size(); ++i) {
        if (e.metrics[i].name == name) {
            return i;
        }
    }
    throw std::out_of_range("experiment has no metric " + name);
}

// Per replication: with minus without.
std::vector<double> paired(const OptionResults& with, const OptionResults& without,
                           std::size_t metric) {
    const std::size_t n = std::min(with.replications.size(), without.replications.size());
    std::vector<double> delta(n);
    for (std::size_t r = 0; r < n; ++r) {
        delta[r] = with.replications[r].metrics[metric] - without.replications[r].metrics[metric];
    }
    return delta;
}

} // namespace

const std::vector<std::string>& contribution_metrics() {
    static const std::vector<std::string> metrics{
        "evictions",       "evictions_with_children", "households_to_own_lease",
        "homeless_nights", "homeless_households_end", "staff_households_served",
        "cost_total_tkr"};
    return metrics;
}

std::vector<ContributionRow> role_contributions(const scenario::Scenario& scenario,
                                                const RunSettings& settings,
                                                const Experiment& experiment) {
    // The variants run beside the scenario's own options, so the metric list (payers) is the
    // same as in `experiment`.
    scenario::Scenario variants = scenario;
    std::vector<std::string> names;
    for (const auto& option : scenario.options) {
        const auto& staff = option.spec.staff;
        if (staff.size() < 2) {
            continue;
        }
        std::vector<std::size_t> every;
        for (std::size_t p = 0; p < staff.size(); ++p) {
            variants.options.push_back(without_roles(option, {p}, staff[p].role));
            names.push_back(variants.options.back().name);
            every.push_back(p);
        }
        variants.options.push_back(without_roles(option, every, all_roles));
        names.push_back(variants.options.back().name);
    }
    std::vector<ContributionRow> rows;
    if (names.empty()) {
        return rows;
    }
    const Experiment runs = run_experiment(variants, settings, names);
    if (settings.executor != nullptr && !settings.executor->is_reporting_process()) {
        return rows; // only the reporting process holds the results
    }
    for (const auto& option : scenario.options) {
        const auto& staff = option.spec.staff;
        if (staff.size() < 2) {
            continue;
        }
        const OptionResults& whole = experiment.option(option.name);
        const OptionResults& bare = runs.option(variant_name(option.name, all_roles));
        for (const std::string& metric : contribution_metrics()) {
            const std::size_t m = metric_position(experiment, metric);
            const std::string& unit = experiment.metrics[m].unit;
            const std::vector<double> joint = paired(whole, bare, m);
            std::vector<double> gap = joint;
            for (const auto& pool : staff) {
                const auto part =
                    paired(whole, runs.option(variant_name(option.name, pool.role)), m);
                for (std::size_t r = 0; r < gap.size() && r < part.size(); ++r) {
                    gap[r] -= part[r];
                }
                rows.push_back({option.name, pool.role, metric, unit, interval_skipping_nan(part)});
            }
            rows.push_back({option.name, all_roles, metric, unit, interval_skipping_nan(joint)});
            rows.push_back({option.name, interaction, metric, unit, interval_skipping_nan(gap)});
        }
    }
    return rows;
}

} // namespace hcsim::analysis
