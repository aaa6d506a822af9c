// `indicators:`: a scenario's own measures of success, read and resolved against its model.
#include "hcsim/scenario/indicators.hpp"

#include "read_indicators.hpp"
#include "read_targets.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace hcsim::scenario {

namespace detail {

namespace {

// The metrics an indicator may show under its own title (`measure: metric`).
constexpr std::array<std::string_view, 9> headline_metrics{
    "evictions",        "evictions_with_children", "no_evictions_with_children",
    "children_evicted", "households_to_own_lease", "households_with_own_lease_end",
    "homeless_nights",  "homeless_households_end", "mean_days_homeless_to_own_lease"};

// A name summary.csv already uses for a metric of its own, or may use (per state, group,
// payer, cost line or staff): an indicator must not take it.
bool is_metric_name(std::string_view name) {
    return std::find(headline_metrics.begin(), headline_metrics.end(), name) !=
               headline_metrics.end() ||
           name.starts_with("cost_") || name.starts_with("evictions_of_") ||
           name.starts_with("staff_") || name.ends_with("_nights") ||
           name.starts_with("homeless_") || name == "flat_queue_wait_days";
}

bool is_lower_name(std::string_view name) {
    return !name.empty() && name.front() >= 'a' && name.front() <= 'z' &&
           name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") ==
               std::string_view::npos;
}

// `month:` (and `year:`) of a count: a calendar month when the scenario has a start date, the
// last such month in the run unless `year:` names one; else a simulated month, 1-based.
std::size_t read_count_month(const View& item, const model::ModelSpec& spec) {
    const auto months = static_cast<long long>(spec.months());
    if (!item["month"].present()) {
        item.error("households_in needs 'month': the month whose end the households are "
                   "counted at");
        return 0;
    }
    const auto& calendar = spec.calendar;
    if (calendar.first_year == 0) {
        if (item["year"].present()) {
            item["year"].error("'year' needs the scenario's start_date; without one, 'month' is "
                               "the simulated month (1 = the first)");
        }
        return static_cast<std::size_t>(item["month"].integer(1, months).value_or(1) - 1);
    }
    const auto month = item["month"].integer(1, 12);
    const auto year = item["year"].present() ? item["year"].integer(1900, 2200) : std::nullopt;
    if (!month || (item["year"].present() && !year)) {
        return 0;
    }
    // Simulated month m is calendar month (first + m) % 12 of year first_year + (first + m) / 12.
    const auto first = static_cast<long long>(calendar.offset_days / model::days_per_month + 0.5);
    std::optional<std::size_t> found;
    for (long long m = 0; m < months; ++m) {
        const bool same_month = (first + m) % 12 + 1 == *month;
        const bool same_year = !year || calendar.first_year + (first + m) / 12 == *year;
        if (same_month && same_year) {
            found = static_cast<std::size_t>(m);
        }
    }
    if (!found) {
        (year ? item["year"] : item["month"])
            .error("the run has no such month: it starts " + std::to_string(first + 1) + "/" +
                   std::to_string(calendar.first_year) + " and lasts " + std::to_string(months) +
                   " months");
        return 0;
    }
    return *found;
}

Indicator read_indicator(const View& item, const model::ModelSpec& spec) {
    Indicator out;
    item.check_map({"name", "title", "measure", "states", "state_kind", "month", "year", "from",
                    "to", "group", "metric", "source"});
    out.name = item["name"].name().value_or("");
    if (!item["name"].present()) {
        item.error("needs 'name': the indicator's name in summary.csv");
    } else if (!is_lower_name(out.name)) {
        item["name"].error("'" + out.name + "' is not a name (a-z, 0-9 and _)");
    } else if (is_metric_name(out.name)) {
        item["name"].error("'" + out.name +
                           "' names a metric hcsim already writes; give the "
                           "indicator a name of its own");
    }
    out.title = item["title"].text().value_or("");
    if (!item["title"].present() || out.title.empty()) {
        item.error("needs 'title': the measure in the application's words");
    }
    if (!item["source"].present()) {
        item.error("needs 'source': where the measure comes from (e.g. the application's goals)");
    }
    out.source = item["source"].text().value_or("");
    const auto measure = item["measure"].name().value_or("");
    const auto not_for = [&](std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            if (item[key].present()) {
                std::string message = "is not a field of measure ";
                message += measure;
                item[key].error(message);
            }
        }
    };
    if (measure == "households_in") {
        out.measure = IndicatorMeasure::households_in;
        out.states = read_states(item, spec);
        out.month = read_count_month(item, spec);
        not_for({"from", "to", "group", "metric"});
    } else if (measure == "moves") {
        out.measure = IndicatorMeasure::moves;
        out.from = read_state_list(item["from"], spec); // absent: any state
        out.to = read_state_list(item["to"], spec);
        if (!item["from"].present() && !item["to"].present()) {
            item.error("moves needs 'from:' or 'to:' (or both): the states moved out of or into");
        }
        if (const View group = item["group"]; group.present()) {
            const auto name = group.name().value_or("");
            const auto found = std::find_if(spec.groups.begin(), spec.groups.end(),
                                            [&](const auto& g) { return g.name == name; });
            if (found == spec.groups.end()) {
                group.error("'" + name + "' is not a group of the scenario");
            } else {
                out.group = static_cast<model::GroupIndex>(found - spec.groups.begin());
            }
        }
        not_for({"states", "state_kind", "month", "year", "metric"});
    } else if (measure == "mean_stay_days" || measure == "share_served") {
        out.measure = measure == "mean_stay_days" ? IndicatorMeasure::mean_stay_days
                                                  : IndicatorMeasure::share_served;
        out.states = read_states(item, spec);
        not_for({"from", "to", "group", "month", "year", "metric"});
    } else if (measure == "metric") {
        out.measure = IndicatorMeasure::metric;
        out.metric = item["metric"].name().value_or("");
        if (std::find(headline_metrics.begin(), headline_metrics.end(), out.metric) ==
            headline_metrics.end()) {
            std::string known;
            for (const auto m : headline_metrics) {
                known += known.empty() ? "" : ", ";
                known += m;
            }
            (item["metric"].present() ? item["metric"] : item)
                .error("measure metric needs 'metric:' one of " + known);
        }
        not_for({"states", "state_kind", "month", "year", "from", "to", "group"});
    } else {
        (item["measure"].present() ? item["measure"] : item)
            .error("needs 'measure': households_in, moves, mean_stay_days, share_served or "
                   "metric");
    }
    return out;
}

} // namespace

std::vector<Indicator> read_indicators(const View& list, const model::ModelSpec& spec) {
    std::vector<Indicator> indicators;
    if (!list.is_sequence()) {
        list.error("expected a list of indicators");
        return indicators;
    }
    const auto items = list.items();
    for (const View& item : items) {
        if (item.expect_map()) {
            indicators.push_back(read_indicator(item, spec));
        }
    }
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (!indicators[i].name.empty() && indicators[i].name == indicators[j].name) {
                items[i]["name"].error("indicator '" + indicators[i].name + "' is named twice");
            }
        }
    }
    return indicators;
}

} // namespace detail

} // namespace hcsim::scenario
