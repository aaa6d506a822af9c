#include "hcsim/analysis/metrics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace hcsim::analysis {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

enum YearlyMetric : std::size_t {
    y_cost_housing,
    y_cost_events,
    y_cost_staff,
    y_cost_fixed,
    y_cost_total,
    y_evictions,
    y_to_own_lease,
    yearly_count
};

// The totals of one replication that the fixed metrics are read from.
struct Totals {
    double evictions = 0.0;
    double with_children = 0.0;
    double children_evicted = 0.0;
    double to_lease = 0.0;
    double leases_end = 0.0;
    double homeless_nights = 0.0;
    double homeless_start = 0.0;
    double homeless_end = 0.0;
    double mean_days_to_lease = nan;
    double mean_wait = nan;
    double utilisation = nan;
    double served = 0.0;
    double unreached = 0.0;
    double gave_up = 0.0;
    std::array<double, yearly_count> cost{};
};

// A metric of every scenario: its name and unit in summary.csv and how a replication's value
// is read, in one row, so the definitions and the values cannot fall out of step.
struct FixedMetric {
    const char* name;
    const char* unit;
    bool yes_or_no;
    double (*value)(const Totals&);
};

// Before the evictions by group.
constexpr FixedMetric eviction_metrics[] = {
    {"evictions", "households", false, [](const Totals& t) { return t.evictions; }},
    {"evictions_with_children", "households", false,
     [](const Totals& t) { return t.with_children; }},
    {"no_evictions_with_children", "share", true, // 1 when no family was evicted
     [](const Totals& t) { return t.with_children == 0.0 ? 1.0 : 0.0; }},
    {"children_evicted", "children", false, [](const Totals& t) { return t.children_evicted; }}};
// Between the evictions by group and the nights by state.
constexpr FixedMetric housing_metrics[] = {
    {"households_to_own_lease", "households", false, [](const Totals& t) { return t.to_lease; }},
    {"households_with_own_lease_end", "households", false,
     [](const Totals& t) { return t.leases_end; }},
    {"homeless_nights", "household-nights", false,
     [](const Totals& t) { return t.homeless_nights; }}};
// Between the nights by state and the costs by payer.
constexpr FixedMetric other_metrics[] = {
    {"homeless_households_start", "households", false,
     [](const Totals& t) { return t.homeless_start; }},
    {"homeless_households_end", "households", false,
     [](const Totals& t) { return t.homeless_end; }},
    {"mean_days_homeless_to_own_lease", "days", false,
     [](const Totals& t) { return t.mean_days_to_lease; }},
    {"flat_queue_wait_days", "days", false, [](const Totals& t) { return t.mean_wait; }},
    {"staff_utilisation", "share", false, [](const Totals& t) { return t.utilisation; }},
    {"staff_households_served", "households", false, [](const Totals& t) { return t.served; }},
    {"staff_referrals_unreached", "households", false, [](const Totals& t) { return t.unreached; }},
    {"staff_referrals_gave_up", "households", false, [](const Totals& t) { return t.gave_up; }},
    {"cost_housing_tkr", "tkr", false, [](const Totals& t) { return t.cost[y_cost_housing]; }},
    {"cost_events_tkr", "tkr", false, [](const Totals& t) { return t.cost[y_cost_events]; }},
    {"cost_staff_tkr", "tkr", false, [](const Totals& t) { return t.cost[y_cost_staff]; }},
    {"cost_fixed_tkr", "tkr", false, [](const Totals& t) { return t.cost[y_cost_fixed]; }},
    {"cost_total_tkr", "tkr", false, [](const Totals& t) { return t.cost[y_cost_total]; }}};

template <std::size_t N>
void define(std::vector<MetricDefinition>& definitions, const FixedMetric (&metrics)[N]) {
    for (const FixedMetric& m : metrics) {
        definitions.push_back({m.name, m.unit, m.yes_or_no});
    }
}

template <std::size_t N>
void read(std::vector<double>& values, const FixedMetric (&metrics)[N], const Totals& totals) {
    for (const FixedMetric& m : metrics) {
        values.push_back(m.value(totals));
    }
}

} // namespace

const std::vector<MetricDefinition>& yearly_metric_definitions() {
    static const std::vector<MetricDefinition> definitions{
        {"cost_housing_tkr", "tkr"},
        {"cost_events_tkr", "tkr"},
        {"cost_staff_tkr", "tkr"},
        {"cost_fixed_tkr", "tkr"},
        {"cost_total_tkr", "tkr"},
        {"evictions", "households"},
        {"households_to_own_lease", "households"}};
    return definitions;
}

double discount_factor(double rate, std::size_t year) {
    return std::pow(1.0 + rate, -static_cast<double>(year));
}

std::vector<model::CostItem> cost_items_of(const std::vector<const model::ModelSpec*>& specs) {
    std::vector<model::CostItem> items;
    for (const auto* spec : specs) {
        const auto add = [&](model::CostCategory category, const std::string& name) {
            const bool seen = std::any_of(items.begin(), items.end(), [&](const auto& i) {
                return i.category == category && i.name == name;
            });
            if (!seen) {
                items.push_back({category, name});
            }
        };
        for (const auto& state : spec->states) {
            add(model::CostCategory::housing, state.name);
        }
        add(model::CostCategory::events, "events");
        for (const auto& pool : spec->staff) {
            add(model::CostCategory::staff, pool.role);
        }
        for (const auto& fixed : spec->fixed_costs) {
            add(model::CostCategory::fixed, fixed.name);
        }
    }
    return items;
}

MetricCatalogue::MetricCatalogue(const model::ModelSpec& reference, std::vector<std::string> payers,
                                 std::vector<model::CostItem> items,
                                 std::vector<scenario::Indicator> indicators)
    : payers_(std::move(payers)), items_(std::move(items)), indicators_(std::move(indicators)),
      years_(reference.years()), group_count_(reference.groups.size()) {
    define(definitions_, eviction_metrics);
    for (const auto& group : reference.groups) {
        definitions_.push_back({"evictions_of_" + group.name, "households"});
    }
    define(definitions_, housing_metrics);
    for (model::StateIndex s = 0; s < reference.states.size(); ++s) {
        const auto kind = reference.states[s].kind;
        if (model::is_homeless(kind) || kind == model::StateKind::insecure) {
            night_states_.push_back(s);
            definitions_.push_back({reference.states[s].name + "_nights", "household-nights"});
        }
    }
    define(definitions_, other_metrics);
    for (const std::string& payer : payers_) {
        definitions_.push_back({"cost_" + payer + "_tkr", "tkr"});
    }
    for (const auto& item : items_) {
        for (const std::string& payer : payers_) {
            for (std::size_t y = 0; y < years_; ++y) {
                cost_lines_.push_back({item.category, item.name, payer, y});
            }
        }
    }
    for (const auto& indicator : indicators_) {
        MetricDefinition definition{indicator.name, scenario::unit_of(indicator.measure)};
        std::size_t shown = 0;
        if (indicator.measure == scenario::IndicatorMeasure::metric) {
            shown = index(indicator.metric);
            definition.unit = definitions_[shown].unit;
            definition.yes_or_no = definitions_[shown].yes_or_no;
        }
        shown_metric_.push_back(shown);
        definitions_.push_back(std::move(definition));
    }
}

namespace {

bool contains(const std::vector<model::StateIndex>& states, std::size_t s) {
    return std::find(states.begin(), states.end(), s) != states.end();
}

// Households that were in `states` at some time: those starting or arriving there and those
// moving in from outside them.
double households_through(const std::vector<model::StateIndex>& states,
                          const model::ReplicationResult& result) {
    double households = 0.0;
    for (std::size_t to = 0; to < result.transitions.size(); ++to) {
        if (!contains(states, to)) {
            continue;
        }
        households += static_cast<double>(result.placed_by_state[to]);
        for (std::size_t from = 0; from < result.transitions.size(); ++from) {
            households +=
                contains(states, from) ? 0.0 : static_cast<double>(result.transitions[from][to]);
        }
    }
    return households;
}

} // namespace

double indicator_value(const scenario::Indicator& indicator,
                       const model::ReplicationResult& result) {
    using scenario::IndicatorMeasure;
    switch (indicator.measure) {
    case IndicatorMeasure::households_in: {
        double households = 0.0;
        if (indicator.month < result.monthly_counts.size()) {
            for (const auto s : indicator.states) {
                households += result.monthly_counts[indicator.month][s];
            }
        }
        return households;
    }
    case IndicatorMeasure::moves: {
        // A side left open means any state outside the other side.
        const std::size_t states = result.transitions.size();
        const std::size_t groups =
            states == 0 ? 0 : result.group_transitions.size() / states / states;
        double moves = 0.0;
        for (std::size_t g = 0; g < groups; ++g) {
            if (indicator.group && *indicator.group != g) {
                continue;
            }
            for (std::size_t from = 0; from < states; ++from) {
                const bool from_ok = indicator.from.empty() ? !contains(indicator.to, from)
                                                            : contains(indicator.from, from);
                for (std::size_t to = 0; from_ok && to < states; ++to) {
                    const bool to_ok = indicator.to.empty() ? !contains(indicator.from, to)
                                                            : contains(indicator.to, to);
                    if (to_ok && to != from) {
                        moves += static_cast<double>(result.group_transition(g, from, to));
                    }
                }
            }
        }
        return moves;
    }
    case IndicatorMeasure::mean_stay_days:
    case IndicatorMeasure::share_served: {
        const double households = households_through(indicator.states, result);
        double total = 0.0;
        for (const auto s : indicator.states) {
            total += indicator.measure == IndicatorMeasure::mean_stay_days
                         ? result.state_days[s]
                         : static_cast<double>(result.served_by_state[s]);
        }
        return households > 0.0 ? total / households : nan;
    }
    case IndicatorMeasure::metric:
        break; // the catalogue copies the metric shown
    }
    return nan;
}

std::size_t MetricCatalogue::index(const std::string& name) const {
    for (std::size_t i = 0; i < definitions_.size(); ++i) {
        if (definitions_[i].name == name) {
            return i;
        }
    }
    throw std::out_of_range("no metric named " + name);
}

ReplicationSummary MetricCatalogue::summarise(const model::ModelSpec& spec,
                                              const model::ReplicationResult& result) const {
    ReplicationSummary out;
    const std::size_t years = spec.years();
    out.yearly.assign(years, std::vector<double>(yearly_count, 0.0));
    std::vector<double> by_payer(payers_.size(), 0.0);
    out.cost_lines.assign(cost_lines_.size(), 0.0);
    const auto& ledger = result.costs;
    // Column in by_payer of each payer the ledger knows (payers_.size() when not reported).
    std::vector<std::size_t> payer_column(ledger.payers(), payers_.size());
    for (model::PayerIndex p = 0; p < ledger.payers() && p < spec.payers.size(); ++p) {
        const auto found = std::find(payers_.begin(), payers_.end(), spec.payers[p]);
        payer_column[p] = static_cast<std::size_t>(found - payers_.begin());
    }
    for (std::size_t item = 0; item < ledger.items().size(); ++item) {
        const auto category = ledger.items()[item].category;
        const auto known = std::find_if(items_.begin(), items_.end(), [&](const auto& i) {
            return i.category == category && i.name == ledger.items()[item].name;
        });
        const auto line_item = static_cast<std::size_t>(known - items_.begin());
        const std::size_t column = category == model::CostCategory::housing  ? y_cost_housing
                                   : category == model::CostCategory::events ? y_cost_events
                                   : category == model::CostCategory::staff  ? y_cost_staff
                                                                             : y_cost_fixed;
        for (model::PayerIndex p = 0; p < ledger.payers(); ++p) {
            for (std::size_t y = 0; y < years; ++y) {
                const double tkr = ledger.amount(item, p, y) *
                                   discount_factor(spec.discount_rate, y) / sek_per_tkr;
                out.yearly[y][column] += tkr;
                out.yearly[y][y_cost_total] += tkr;
                if (payer_column[p] < payers_.size()) {
                    by_payer[payer_column[p]] += tkr;
                    if (line_item < items_.size()) {
                        out.cost_lines[(line_item * payers_.size() + payer_column[p]) * years_ +
                                       y] += tkr;
                    }
                }
            }
        }
    }
    Totals t;
    for (std::size_t y = 0; y < years; ++y) {
        out.yearly[y][y_evictions] = static_cast<double>(result.evictions_by_year[y]);
        out.yearly[y][y_to_own_lease] = static_cast<double>(result.to_own_lease_by_year[y]);
        t.evictions += static_cast<double>(result.evictions_by_year[y]);
        t.with_children += static_cast<double>(result.evictions_with_children_by_year[y]);
        t.to_lease += static_cast<double>(result.to_own_lease_by_year[y]);
    }
    t.children_evicted = result.children_evicted;
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        if (model::is_homeless(spec.states[s].kind)) {
            t.homeless_nights += result.state_days[s];
            t.homeless_end += result.final_counts[s];
        }
        if (spec.states[s].kind == model::StateKind::housed && s < result.final_counts.size()) {
            t.leases_end += result.final_counts[s]; // the lease kept (threatened or not) or reached
        }
    }
    for (const auto& stock : spec.initial) {
        t.homeless_start += model::is_homeless(spec.states[stock.state].kind) ? stock.count : 0.0;
    }
    double waits = 0.0, admissions = 0.0;
    for (const auto& tally : result.admission_waits) {
        waits += tally.sum();
        admissions += static_cast<double>(tally.count());
    }
    double used = 0.0, available = 0.0;
    for (const auto& pool : result.staff) {
        used += pool.slot_days_used;
        available += pool.slot_days_available;
        t.served += static_cast<double>(pool.served);
        t.unreached += static_cast<double>(pool.unreached);
        t.gave_up += static_cast<double>(pool.gave_up);
    }
    for (const auto& year : out.yearly) {
        for (std::size_t c = 0; c < yearly_count; ++c) {
            t.cost[c] += year[c];
        }
    }
    const auto& lease_days = result.homeless_to_own_lease_days;
    t.mean_days_to_lease = lease_days.count() > 0 ? lease_days.mean() : nan;
    t.mean_wait = admissions > 0 ? waits / admissions : nan;
    t.utilisation = available > 0 ? used / available : nan;

    read(out.metrics, eviction_metrics, t);
    for (std::size_t g = 0; g < group_count_; ++g) {
        out.metrics.push_back(g < result.evictions_by_group.size()
                                  ? static_cast<double>(result.evictions_by_group[g])
                                  : 0.0);
    }
    read(out.metrics, housing_metrics, t);
    for (const model::StateIndex s : night_states_) {
        out.metrics.push_back(result.state_days[s]);
    }
    read(out.metrics, other_metrics, t);
    out.metrics.insert(out.metrics.end(), by_payer.begin(), by_payer.end());
    for (std::size_t i = 0; i < indicators_.size(); ++i) {
        out.metrics.push_back(indicators_[i].measure == scenario::IndicatorMeasure::metric
                                  ? out.metrics[shown_metric_[i]]
                                  : indicator_value(indicators_[i], result));
    }
    out.monthly = result.monthly_counts;
    out.transitions = result.transitions;
    out.events = result.events;
    out.households = result.households;
    return out;
}

} // namespace hcsim::analysis
