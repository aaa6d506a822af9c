#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/enum_names.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hcsim::analysis {

namespace {

std::size_t metric_at(const Experiment& e, const std::string& name) {
    for (std::size_t i = 0; i < e.metrics.size(); ++i) {
        if (e.metrics[i].name == name) {
            return i;
        }
    }
    return e.metrics.size();
}

std::vector<double> minus(const std::vector<double>& a, const std::vector<double>& b) {
    std::vector<double> out(std::min(a.size(), b.size()));
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = a[i] - b[i];
    }
    return out;
}

bool contains_zero(const kernel::ConfidenceInterval& ci) {
    return !(ci.low > 0.0) && !(ci.high < 0.0);
}

constexpr std::string_view payer_prefix = "cost_";
constexpr std::string_view payer_suffix = "_tkr";

// The payers with a cost_<payer>_tkr metric, with the metric's index.
std::vector<std::pair<std::string, std::size_t>> payer_metrics(const Experiment& e) {
    std::vector<std::pair<std::string, std::size_t>> out;
    const std::size_t total = metric_at(e, "cost_total_tkr");
    for (std::size_t m = total + 1; m < e.metrics.size(); ++m) {
        const std::string& name = e.metrics[m].name;
        if (name.starts_with(payer_prefix) && name.ends_with(payer_suffix)) {
            out.emplace_back(name.substr(payer_prefix.size(),
                                         name.size() - payer_prefix.size() - payer_suffix.size()),
                             m);
        }
    }
    return out;
}

} // namespace

// In the order of the enumerators.
constexpr std::string_view perspective_names[] = {"district", "city", "society"};
static_assert(std::size(perspective_names) == static_cast<std::size_t>(Perspective::society) + 1);

std::string_view to_string(Perspective perspective) noexcept {
    return name_of(perspective_names, perspective, "society");
}

bool counts_in(Perspective perspective, std::string_view payer) noexcept {
    switch (perspective) {
    case Perspective::district:
        return payer == "district";
    case Perspective::city:
        return payer == "district" || payer.starts_with("city");
    case Perspective::society:
        return true;
    }
    return true;
}

std::vector<double> paired_differences(const Experiment& e, const OptionResults& option,
                                       const OptionResults& baseline, std::size_t metric) {
    (void)e;
    const std::size_t n = std::min(option.replications.size(), baseline.replications.size());
    std::vector<double> out(n);
    for (std::size_t r = 0; r < n; ++r) {
        out[r] = option.replications[r].metrics[metric] - baseline.replications[r].metrics[metric];
    }
    return out;
}

std::vector<double> perspective_costs(const Experiment& e, const OptionResults& option,
                                      Perspective perspective) {
    std::vector<double> out(option.replications.size(), 0.0);
    if (perspective == Perspective::society) {
        const std::size_t total = metric_at(e, "cost_total_tkr");
        for (std::size_t r = 0; r < out.size(); ++r) {
            out[r] = option.replications[r].metrics[total];
        }
        return out;
    }
    for (const auto& [payer, metric] : payer_metrics(e)) {
        if (counts_in(perspective, payer)) {
            for (std::size_t r = 0; r < out.size(); ++r) {
                out[r] += option.replications[r].metrics[metric];
            }
        }
    }
    return out;
}

std::vector<double> discounted_evictions(const Experiment& e, const OptionResults& option) {
    const auto& defs = yearly_metric_definitions();
    std::size_t evictions = 0;
    while (defs[evictions].name != "evictions") {
        ++evictions;
    }
    std::vector<double> out(option.replications.size(), 0.0);
    for (std::size_t r = 0; r < out.size(); ++r) {
        const auto& yearly = option.replications[r].yearly;
        for (std::size_t y = 0; y < yearly.size(); ++y) {
            out[r] += yearly[y][evictions] * discount_factor(e.discount_rate, y);
        }
    }
    return out;
}

std::vector<CostEffectivenessRow>
incremental_table(const Experiment& e, const std::string& baseline, double value_per_eviction_tkr) {
    std::vector<CostEffectivenessRow> rows;
    const std::size_t base_index = static_cast<std::size_t>(
        std::find_if(e.options.begin(), e.options.end(),
                     [&](const OptionResults& o) { return o.name == baseline; }) -
        e.options.begin());
    if (base_index >= e.options.size()) {
        return rows;
    }
    std::vector<std::vector<double>> evictions;
    for (const auto& option : e.options) {
        evictions.push_back(discounted_evictions(e, option));
    }
    for (const Perspective perspective : all_perspectives) {
        std::vector<std::vector<double>> costs;
        for (const auto& option : e.options) {
            costs.push_back(perspective_costs(e, option, perspective));
        }
        std::vector<Alternative> alternatives;
        std::vector<kernel::ConfidenceInterval> cost_ci, eviction_ci;
        for (std::size_t o = 0; o < e.options.size(); ++o) {
            const bool is_base = o == base_index;
            const auto delta_cost = minus(costs[o], costs[base_index]);
            const auto delta_evictions = minus(evictions[o], evictions[base_index]);
            cost_ci.push_back(kernel::mean_confidence_interval(delta_cost));
            eviction_ci.push_back(kernel::mean_confidence_interval(delta_evictions));
            Alternative a;
            a.is_baseline = is_base;
            a.delta_cost = is_base ? 0.0 : cost_ci.back().mean;
            a.evictions_prevented = is_base ? 0.0 : 0.0 - eviction_ci.back().mean;
            a.effect_distinguishable = is_base || !contains_zero(eviction_ci.back());
            alternatives.push_back(a);
        }
        for (const auto& inc : incremental_analysis(alternatives)) {
            const std::size_t o = inc.alternative;
            CostEffectivenessRow row;
            row.perspective = perspective;
            row.option = e.options[o].name;
            row.status = inc.status;
            row.delta_cost = cost_ci[o];
            row.delta_evictions = eviction_ci[o];
            if (inc.compared_with) {
                row.compared_with = e.options[*inc.compared_with].name;
            }
            if (inc.status == IncrementalStatus::trade_off && inc.compared_with) {
                const std::size_t c = *inc.compared_with;
                row.incremental_cost_tkr = inc.incremental_cost;
                row.incremental_evictions_prevented = inc.incremental_effect;
                row.ratio =
                    fieller_ratio(minus(costs[o], costs[c]), minus(evictions[c], evictions[o]));
            }
            row.net_benefit_tkr = value_per_eviction_tkr * alternatives[o].evictions_prevented -
                                  alternatives[o].delta_cost;
            if (o == base_index) {
                row.delta_cost = {0.0, 0.0, 0.0, cost_ci[o].count};
                row.delta_evictions = {0.0, 0.0, 0.0, eviction_ci[o].count};
                row.net_benefit_tkr = 0.0;
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<FunderFigure> funder_figures(const Experiment& e, const std::string& baseline) {
    std::vector<FunderFigure> out;
    const OptionResults& base = e.option(baseline);
    const auto base_evictions = discounted_evictions(e, base);
    for (const auto& option : e.options) {
        if (option.name == baseline) {
            continue;
        }
        const auto prevented = minus(base_evictions, discounted_evictions(e, option));
        for (const auto& [payer, metric] : payer_metrics(e)) {
            if (payer == "district" || payer == "landlord" || payer == "tenant") {
                continue;
            }
            const auto funds = paired_differences(e, option, base, metric);
            const auto ci = kernel::mean_confidence_interval(funds);
            if (!(ci.mean > 0.0)) {
                continue; // this payer does not fund the option
            }
            auto ratio = fieller_ratio(funds, prevented);
            if (!(ratio.ratio > 0.0)) {
                ratio.estimable = false; // prevents none (or more evictions): no price to quote
            }
            out.push_back({option.name, payer, ci, ratio});
        }
    }
    return out;
}

std::vector<CostBreakdownRow> cost_breakdown(const Experiment& e, const std::string& baseline) {
    std::vector<CostBreakdownRow> out;
    const OptionResults& base = e.option(baseline);
    for (const auto& option : e.options) {
        if (option.name == baseline) {
            continue;
        }
        const std::size_t n = std::min(option.replications.size(), base.replications.size());
        for (std::size_t l = 0; l < e.cost_lines.size(); ++l) {
            std::vector<double> delta(n);
            bool differs = false;
            for (std::size_t r = 0; r < n; ++r) {
                const auto& a = option.replications[r].cost_lines;
                const auto& b = base.replications[r].cost_lines;
                delta[r] = (l < a.size() ? a[l] : 0.0) - (l < b.size() ? b[l] : 0.0);
                differs = differs || delta[r] != 0.0;
            }
            if (differs) {
                out.push_back(
                    {option.name, e.cost_lines[l], kernel::mean_confidence_interval(delta)});
            }
        }
    }
    return out;
}

std::vector<BreakEvenShare> break_even_shares(const Experiment& e, const std::string& baseline) {
    std::vector<BreakEvenShare> out;
    const OptionResults& base = e.option(baseline);
    const auto& defs = yearly_metric_definitions();
    std::size_t cost = 0;
    while (defs[cost].name != "cost_total_tkr") {
        ++cost;
    }
    for (const auto& option : e.options) {
        if (option.name == baseline) {
            continue;
        }
        const std::size_t n = std::min(option.replications.size(), base.replications.size());
        std::vector<double> cumulative(n, 0.0);
        for (std::size_t y = 0; y < e.years; ++y) {
            std::size_t paid_back = 0;
            for (std::size_t r = 0; r < n; ++r) {
                cumulative[r] +=
                    option.replications[r].yearly[y][cost] - base.replications[r].yearly[y][cost];
                paid_back += cumulative[r] <= 0.0 ? 1 : 0;
            }
            out.push_back({option.name, y + 1,
                           n > 0 ? static_cast<double>(paid_back) / static_cast<double>(n)
                                 : std::numeric_limits<double>::quiet_NaN()});
        }
    }
    return out;
}

} // namespace hcsim::analysis
