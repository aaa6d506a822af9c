// The chart sections of report.html. Each builds the chart's numbers as JSON; the page's
// script (web/report_charts.js) hands them to ECharts.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <nlohmann/json.hpp>

namespace hcsim::report {

namespace {

using nlohmann::json;

std::string t(std::string_view key, Language language) {
    return std::string(text(key, language));
}

json point(const kernel::ConfidenceInterval& ci) {
    auto number = [](double v) { return std::isnan(v) ? json(nullptr) : json(v); };
    return {{"mean", number(ci.mean)}, {"low", number(ci.low)}, {"high", number(ci.high)}};
}

std::string intro(const std::string& text_html) {
    return "<p class=\"intro\">" + text_html + "</p>\n";
}

// The measures a manager reads first, when the scenario has them.
const std::vector<std::string> outcome_metrics{"evictions",       "evictions_with_children",
                                               "shelter_nights",  "hotel_nights",
                                               "homeless_nights", "households_to_own_lease"};

const std::vector<std::string> cost_metrics{"cost_staff_tkr", "cost_fixed_tkr", "cost_housing_tkr",
                                            "cost_events_tkr", "cost_total_tkr"};

std::string unit_of(const CompareFolder& folder, const std::string& metric, Language language) {
    for (const auto& row : folder.summary) {
        if (row.metric == metric) {
            return unit_label(row.unit, language);
        }
    }
    return "";
}

bool has_metric(const CompareFolder& folder, const std::string& metric) {
    return !folder.options().empty() && folder.find_summary(folder.options().front(), metric);
}

// One bar per option (with its interval) for one summary metric.
std::string colour_of(const CompareFolder& folder, const std::string& option) {
    const auto at = std::find(folder.options().begin(), folder.options().end(), option);
    const auto index = static_cast<std::size_t>(at - folder.options().begin());
    return option_palette()[index % option_palette().size()];
}

json metric_bars(const CompareFolder& folder, const std::string& metric, Language language) {
    json categories = json::array();
    json points = json::array();
    json colours = json::array();
    for (const auto& option : folder.options()) {
        categories.push_back(option_title(folder, option, language));
        colours.push_back(colour_of(folder, option));
        const auto* row = folder.find_summary(option, metric);
        points.push_back(row ? point(row->ci) : point({NAN, NAN, NAN, 0}));
    }
    return {
        {"kind", "bars"},
        {"unit", unit_of(folder, metric, language)},
        {"horizontal", false},
        {"categories", categories},
        {"colors", colours},
        {"series", json::array({{{"name", metric_label(metric, language)}, {"points", points}}})}};
}

// The options with their colours, for a group of charts that share one legend.
std::string legend(const CompareFolder& folder, Language language) {
    std::string out = "<p class=\"legend\">";
    for (std::size_t i = 0; i < folder.options().size(); ++i) {
        const auto& colour = option_palette()[i % option_palette().size()];
        out += "<span><i style=\"background:" + colour + "\"></i>" +
               html_escape(option_title(folder, folder.options()[i], language)) + "</span>";
    }
    return out + "</p>\n";
}

std::string grid(const std::string& figures) {
    return "<div class=\"grid\">\n" + figures + "</div>\n";
}

} // namespace

std::string section_costs(const CompareFolder& folder, Language language, Charts& charts) {
    json categories = json::array();
    std::vector<std::string> present;
    for (const auto& metric : cost_metrics) {
        if (has_metric(folder, metric)) {
            present.push_back(metric);
            categories.push_back(metric_label(metric, language));
        }
    }
    json series = json::array();
    for (const auto& option : folder.options()) {
        json points = json::array();
        for (const auto& metric : present) {
            points.push_back(point(folder.find_summary(option, metric)->ci));
        }
        series.push_back({{"name", option_title(folder, option, language)}, {"points", points}});
    }
    const json spec{{"kind", "bars"},
                    {"unit", "tkr"},
                    {"horizontal", false},
                    {"categories", categories},
                    {"series", series}};
    // The same numbers as a table, for those who read rather than look.
    std::string table = table_wrap_open(t("cost_by_category", language)) +
                        "<table><thead><tr><th>" + t("category", language) + " (tkr)</th>";
    for (const auto& option : folder.options()) {
        table +=
            "<th class=\"num\">" + html_escape(option_title(folder, option, language)) + "</th>";
    }
    table += "</tr></thead>\n<tbody>\n";
    for (const auto& metric : present) {
        table += std::string(metric == "cost_total_tkr" ? "<tr class=\"total\">" : "<tr>") +
                 "<td>" + html_escape(metric_label(metric, language)) + "</td>";
        for (const auto& option : folder.options()) {
            const auto& ci = folder.find_summary(option, metric)->ci;
            const int decimals = sensible_decimals(ci.mean);
            table += "<td class=\"num\">" + format_number(ci.mean, decimals, language);
            if (ci.high - ci.low > 0.0) {
                table += "<br><small>" + format_number(ci.low, decimals, language) + "–" +
                         format_number(ci.high, decimals, language) + "</small>";
            }
            table += "</td>";
        }
        table += "</tr>\n";
    }
    table += "</tbody></table></div>\n";
    return html_section("costs", t("costs", language),
                        intro(t("outcomes_intro", language)) +
                            charts.figure("costs", spec.dump(), t("cost_by_category", language)) +
                            table);
}

std::string section_outcomes(const CompareFolder& folder, Language language, Charts& charts) {
    std::string figures;
    for (const auto& metric : outcome_metrics) {
        if (has_metric(folder, metric)) {
            figures += charts.figure(
                "outcome-" + metric, metric_bars(folder, metric, language).dump(),
                metric_label(metric, language) + " (" + unit_of(folder, metric, language) + ")",
                "chart small");
        }
    }
    return html_section("outcomes", t("outcomes", language),
                        intro(t("outcomes_intro", language)) + grid(figures));
}

std::string section_differences(const CompareFolder& folder, Language language, Charts& charts) {
    if (folder.differences.empty()) {
        return "";
    }
    std::vector<std::string> metrics = outcome_metrics;
    metrics.push_back("cost_total_tkr");
    std::string figures;
    for (const auto& metric : metrics) {
        json categories = json::array();
        json points = json::array();
        json colours = json::array();
        std::string unit;
        for (const auto& option : folder.options()) {
            if (const auto* d = folder.find_difference(option, metric)) {
                categories.push_back(option_title(folder, option, language));
                colours.push_back(colour_of(folder, option));
                points.push_back(point(d->ci));
                unit = unit_label(d->unit, language);
            }
        }
        if (points.empty()) {
            continue;
        }
        const json spec{
            {"kind", "bars"},
            {"unit", unit},
            {"horizontal", true},
            {"categories", categories},
            {"colors", colours},
            {"series", json::array({{{"name", t("difference", language)}, {"points", points}}})}};
        figures +=
            charts.figure("difference-" + metric, spec.dump(),
                          "Δ " + metric_label(metric, language) + " (" + unit + ")", "chart small");
    }
    const std::string explanation = html_escape(
        fill(t("differences_intro", language), {{"baseline", baseline_phrase(folder, language)}}));
    return html_section("differences", t("differences", language),
                        intro(explanation) + grid(figures));
}

std::string section_timeseries(const CompareFolder& folder, Language language, Charts& charts) {
    std::vector<std::string> states;
    for (const auto& row : folder.monthly) {
        if (std::find(states.begin(), states.end(), row.state) == states.end()) {
            states.push_back(row.state);
        }
    }
    const std::size_t months = folder.months();
    json x = json::array();
    for (std::size_t m = 1; m <= months; ++m) {
        x.push_back(m);
    }
    // Index the rows once: [option][state][month].
    std::map<std::pair<std::string, std::string>, std::vector<kernel::ConfidenceInterval>> series;
    for (const auto& row : folder.monthly) {
        auto& values = series[{row.option, row.state}];
        values.resize(months, {NAN, NAN, NAN, 0});
        values[row.month - 1] = row.ci;
    }
    std::string figures;
    for (const auto& state : states) {
        json lines = json::array();
        for (const auto& option : folder.options()) {
            const auto found = series.find({option, state});
            if (found == series.end()) {
                continue;
            }
            json mean = json::array(), low = json::array(), high = json::array();
            for (const auto& ci : found->second) {
                mean.push_back(ci.mean);
                low.push_back(ci.low);
                high.push_back(ci.high);
            }
            lines.push_back({{"name", option_title(folder, option, language)},
                             {"mean", mean},
                             {"low", low},
                             {"high", high}});
        }
        const json spec{
            {"kind", "fan"}, {"xName", t("month", language)}, {"x", x}, {"series", lines}};
        figures += charts.figure("monthly-" + state, spec.dump(),
                                 state_label(state, language) + " (" +
                                     unit_label("households", language) + ")",
                                 "chart small");
    }
    return html_section("timeseries", t("timeseries", language),
                        intro(t("timeseries_intro", language)) + legend(folder, language) +
                            grid(figures));
}

std::string section_flows(const CompareFolder& folder, Language language, Charts& charts) {
    std::string figures;
    for (const auto& option : folder.options()) {
        json links = json::array();
        for (const auto& row : folder.transitions) {
            if (row.option == option && row.mean_moves > 0.0) {
                links.push_back({{"from", row.from},
                                 {"to", row.to},
                                 {"fromLabel", state_label(row.from, language)},
                                 {"toLabel", state_label(row.to, language)},
                                 {"value", row.mean_moves}});
            }
        }
        const json spec{{"kind", "sankey"}, {"unit", t("moves", language)}, {"links", links}};
        figures += charts.figure("flows-" + option, spec.dump(),
                                 option_title(folder, option, language), "chart sankey");
    }
    return html_section("flows", t("flows", language), intro(t("flows_intro", language)) + figures);
}

} // namespace hcsim::report
