// The application's own measures of success (the scenario's `indicators:`), after the summary
// and the budget: each by its title, per option with its interval, and against the baseline.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <cmath>

namespace hcsim::report {

namespace {

constexpr Words words{"html_indicators"};

const study::RunManifest::Indicator* find_indicator(const CompareFolder& folder,
                                                    std::string_view metric) {
    for (const auto& indicator : folder.manifest.indicators) {
        if (indicator.name == metric) {
            return &indicator;
        }
    }
    return nullptr;
}

// A share as a percentage, other units as numbers with their unit.
std::string shown(const kernel::ConfidenceInterval& ci, const std::string& unit, bool difference,
                  Language language) {
    if (std::isnan(ci.mean)) {
        return "–";
    }
    const std::string points = language == Language::sv ? "procentenheter" : "percentage points";
    if (ci.low == ci.high && ci.mean == 0.0) { // none in any simulation: no interval
        return format_quantity(0.0,
                               unit != "share" ? unit_label(unit, language)
                               : difference    ? points
                                               : "%",
                               language);
    }
    if (unit == "share") {
        const auto scaled = [](double v) { return 100.0 * v; };
        return difference ? format_difference(scaled(ci.mean), scaled(ci.low), scaled(ci.high),
                                              points, language)
                          : format_interval(scaled(ci.mean), scaled(ci.low), scaled(ci.high), "%",
                                            language);
    }
    const std::string label = unit_label(unit, language);
    return difference ? format_difference(ci.mean, ci.low, ci.high, label, language)
                      : format_interval(ci.mean, ci.low, ci.high, label, language);
}

} // namespace

std::string metric_title(const CompareFolder& folder, std::string_view metric, Language language) {
    if (const auto* indicator = find_indicator(folder, metric)) {
        return indicator->title;
    }
    return metric_label(metric, language);
}

std::string section_indicators(const CompareFolder& folder, Language language, Charts&) {
    if (folder.manifest.indicators.empty()) {
        return "";
    }
    std::string table = table_wrap_open(words("table", language)) + "<table><thead><tr><th>" +
                        html_escape(words("measure", language)) + "</th><th>" +
                        html_escape(text("option", language)) + "</th><th class=\"num\">" +
                        html_escape(text("mean", language)) + "</th><th class=\"num\">" +
                        html_escape(words("against", language)) + "</th></tr></thead>\n<tbody>\n";
    std::string sources;
    for (const auto& indicator : folder.manifest.indicators) {
        const auto& options = folder.options();
        bool first = true;
        for (const auto& option : options) {
            const auto* row = folder.find_summary(option, indicator.name);
            if (row == nullptr) {
                continue;
            }
            table += "<tr>";
            if (first) {
                table += "<th scope=\"rowgroup\" rowspan=\"" + std::to_string(options.size()) +
                         "\">" + html_escape(indicator.title) + "</th>";
            }
            first = false;
            const auto* difference = folder.find_difference(option, indicator.name);
            table += "<td>" + html_escape(option_title(folder, option, language)) +
                     "</td><td class=\"num\">" +
                     html_escape(shown(row->ci, row->unit, false, language)) +
                     "</td><td class=\"num\">" +
                     (difference ? html_escape(shown(difference->ci, row->unit, true, language))
                                 : std::string("–")) +
                     "</td></tr>\n";
        }
        sources += "<li>" + html_escape(indicator.title) + ": " +
                   html_escape(cite(folder, indicator.source, language)) + "</li>\n";
    }
    table += "</tbody></table></div>\n";
    const std::string intro =
        fill(words("intro", language), {{"baseline", baseline_phrase(folder, language)}});
    return html_section("indicators", words("heading", language),
                        "<p class=\"intro\">" + html_escape(intro) + "</p>\n" + table + "<p>" +
                            html_escape(words("source", language)) + ":</p>\n<ul>\n" + sources +
                            "</ul>\n");
}

} // namespace hcsim::report
