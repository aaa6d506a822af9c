// The text and table sections of report.html: summary, budget, assumptions, run manifest.
#include "hcsim/report/decision_headline.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace hcsim::report {

namespace {

std::string t(std::string_view key, Language language) {
    return std::string(text(key, language));
}

std::string tkr(double value, Language language) {
    return format_number(value, sensible_decimals(value), language) + std::string(no_break_space) +
           "tkr";
}

// A budget year's number in a sentence: the calendar year with a start date, else 1, 2, ...
std::string year_number(const CompareFolder& folder, std::size_t index) {
    const int first = folder.manifest.first_budget_year;
    return std::to_string(first > 0 ? first + static_cast<int>(index)
                                    : static_cast<int>(index) + 1);
}

// "975 tkr år 2018" or "975 tkr per år, år 2018–2020" (equal years) or "1 737 tkr år 2008 och
// 2 605 tkr år 2009"; without a start date "år 1", "år 1–3".
std::string per_year_phrase(const CompareFolder& folder, const std::vector<double>& by_year,
                            Language language) {
    const bool calendar = folder.manifest.first_budget_year > 0;
    std::vector<std::size_t> years;
    for (std::size_t y = 0; y < by_year.size(); ++y) {
        if (std::abs(by_year[y]) >= 0.05) {
            years.push_back(y);
        }
    }
    if (years.empty()) {
        return tkr(0.0, language);
    }
    const bool equal = std::all_of(years.begin(), years.end(), [&](std::size_t y) {
        return std::abs(by_year[y] - by_year[years.front()]) < 0.05;
    });
    const bool consecutive = years.back() - years.front() + 1 == years.size();
    if (years.size() > 1 && equal && consecutive) {
        return tkr(by_year[years.front()], language) + " " +
               std::string(language == Language::sv ? "per år, år "
                                                    : (calendar ? "a year, " : "a year, years ")) +
               year_number(folder, years.front()) + "–" + year_number(folder, years.back());
    }
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) {
        out += i == 0 ? ""
                      : (i + 1 == years.size() ? (language == Language::sv ? " och " : " and ")
                                               : ", ");
        out += tkr(by_year[years[i]], language) + " " +
               fill(t(calendar ? "per_calendar_year_in" : "per_year_in", language),
                    {{"year", year_number(folder, years[i])}});
    }
    return out;
}

// The horizon in years, from the months simulated (budget years may be one more).
std::string horizon_years(const CompareFolder& folder, Language language) {
    const std::size_t months = folder.months();
    return months % 12 == 0 ? std::to_string(months / 12)
                            : format_number(static_cast<double>(months) / 12.0, 1, language);
}

// The mean difference with the assumed effects, without the simulation's interval: in the
// summary the assumptions' uncertainty leads (decision_headline.hpp), the interval is in the
// detail tables. A structural zero reads "not affected".
std::string difference_phrase(const CompareFolder& folder, const std::string& option,
                              const std::string& metric, std::string_view key, Language language) {
    const auto* d = folder.find_difference(option, metric);
    if (d == nullptr) {
        return "";
    }
    if (d->unaffected) {
        return fill(t(key, language), {{"value", t("not_affected", language)}});
    }
    const double mean = d->ci.mean;
    const std::string value = format_number(mean, sensible_decimals(mean), language);
    const bool positive =
        mean > 0 && value != format_number(0.0, sensible_decimals(mean), language);
    return fill(t(key, language), {{"value", (positive ? "+" : "") + value}});
}

std::vector<std::string> compared_options(const CompareFolder& folder) {
    std::vector<std::string> out;
    for (const auto& option : folder.options()) {
        if (option != folder.baseline()) {
            out.push_back(option);
        }
    }
    return out;
}

} // namespace

std::vector<std::string> summary_paragraphs(const CompareFolder& folder, Language language) {
    std::vector<std::string> paragraphs;
    const std::string baseline = baseline_phrase(folder, language);
    // What the decision rests on leads, option by option; its last paragraph says what the
    // figures rest on.
    const auto headline = headline_paragraphs(folder, read_decision_headline(folder), language);
    std::size_t next_headline = 0;
    for (const auto& option : compared_options(folder)) {
        if (next_headline + 1 < headline.size()) {
            paragraphs.push_back(headline[next_headline++]);
        }
        const auto by_year = own_costs_by_year(folder, option);
        double total = 0.0;
        for (const double cost : by_year) {
            total += cost;
        }
        std::string detail = per_year_phrase(folder, by_year, language);
        if (std::count_if(by_year.begin(), by_year.end(),
                          [](double c) { return std::abs(c) >= 0.05; }) > 1) {
            detail += language == Language::sv ? "; totalt " : "; in all ";
            detail += tkr(total, language);
        }
        // The form's split, when the option has both kinds of funding.
        if (const FundingSplit split = funding_split(folder, option);
            split.own >= 0.5 && split.applied >= 0.5) {
            detail += ", " + fill(t("summary_funding", language),
                                  {{"applied", tkr(split.applied, language)},
                                   {"own", tkr(split.own, language)}});
        }
        std::string paragraph =
            fill(t("summary_costs", language),
                 {{"option", option_title(folder, option, language)}, {"detail", detail}});
        std::vector<std::string> effects;
        const std::vector<std::pair<std::string, std::string_view>> measures{
            {"evictions", "effect_evictions"},
            {"evictions_with_children", "effect_evictions_children"},
            {"shelter_nights", "effect_shelter"},
            {"hotel_nights", "effect_hotel"},
            {"households_to_own_lease", "effect_lease"},
            {"households_with_own_lease_end", "effect_lease_end"}};
        for (const auto& [metric, key] : measures) {
            const std::string phrase = difference_phrase(folder, option, metric, key, language);
            if (!phrase.empty()) {
                effects.push_back(phrase);
            }
        }
        std::string joined;
        for (std::size_t i = 0; i < effects.size(); ++i) {
            joined += (i == 0 ? "" : "; ") + effects[i];
        }
        std::string total_change = "–";
        if (const auto* d = folder.find_difference(option, "cost_total_tkr")) {
            // Appended, not "+" + string: GCC 12 warns falsely (-Wrestrict) on the latter.
            total_change = d->ci.mean > 0.0 ? "+" : "";
            total_change += format_quantity(d->ci.mean, "tkr", language);
        }
        if (!effects.empty()) {
            paragraph += ' ';
            paragraph +=
                fill(t("summary_effect", language), {{"baseline", baseline},
                                                     {"years", horizon_years(folder, language)},
                                                     {"effects", joined},
                                                     {"total", total_change}});
        }
        paragraphs.push_back(paragraph);
    }
    if (!headline.empty()) {
        paragraphs.push_back(headline.back());
    }
    std::string method = fill(t("summary_method", language),
                              {{"replications", std::to_string(folder.manifest.replications)},
                               {"price_year", std::to_string(folder.manifest.price_year)}});
    if (const std::string checked = validation_sentence(folder, language); !checked.empty()) {
        method += " " + checked;
    }
    if (const std::string drift = drift_sentence(folder, language); !drift.empty()) {
        method += " " + drift;
    }
    paragraphs.push_back(method);
    return paragraphs;
}

std::string section_summary(const CompareFolder& folder, Language language, Charts&) {
    const auto paragraphs = summary_paragraphs(folder, language);
    std::string body = "<div class=\"summary\">\n";
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const bool last = i + 1 == paragraphs.size();
        body += std::string(last ? "<p class=\"intro\">" : "<p class=\"option-summary\">") +
                html_escape(paragraphs[i]) + "</p>\n";
    }
    return html_section("summary", t("summary", language), body + "</div>\n");
}

std::string section_assumptions(const CompareFolder& folder, Language language, Charts&) {
    if (!folder.assumptions) {
        return html_section("assumptions", t("assumptions", language),
                            "<p class=\"notice\">" + t("assumptions_missing", language) + "</p>\n");
    }
    std::string body = "<p class=\"intro\">" + t("assumptions_intro", language) + "</p>\n" +
                       table_wrap_open(t("assumptions", language)) +
                       "<table class=\"assumptions\"><thead><tr><th>" + t("parameter", language) +
                       "</th><th class=\"num\">" + t("value", language) + "</th><th>" +
                       t("unit", language) + "</th><th>" + t("uncertainty", language) +
                       "</th><th>" + t("source", language) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& row : *folder.assumptions) {
        body += "<tr><td class=\"field\">" + html_escape(field_label(folder, row.field, language)) +
                "</td><td class=\"num\">" + trimmed_number(row.value, language) + "</td><td>" +
                html_escape(assumption_unit(row.unit, language)) + "</td><td>" +
                html_escape(uncertainty_label(row.uncertainty, language)) +
                "</td><td class=\"source\">" + html_escape(cite(folder, row.source, language)) +
                "</td></tr>\n";
    }
    return html_section("assumptions", t("assumptions", language),
                        body + "</tbody></table></div>\n");
}

std::string section_manifest(const CompareFolder& folder, Language language, Charts&) {
    const auto& m = folder.manifest;
    const std::vector<std::pair<std::string, std::string>> entries{
        {t("scenario", language), m.scenario_path},
        {t("scenario_hash", language), m.scenario_sha256},
        {t("version", language), m.version},
        {t("seed", language), std::to_string(m.seed)},
        {t("replications", language), std::to_string(m.replications)},
        {t("streams", language), t(m.independent_streams ? "independent" : "crn", language)},
        {t("option", language) + " (" + std::to_string(m.options.size()) + ")",
         [&] {
             std::string joined;
             for (const auto& o : m.options) {
                 joined += (joined.empty() ? "" : "; ") + option_title(folder, o, language);
             }
             return joined;
         }()},
        {t("started", language), m.started_utc},
        {t("wall_time", language), format_number(m.wall_seconds, 1, language) +
                                       (language == Language::sv ? " sekunder" : " s")}};
    std::string body = "<dl class=\"manifest\">\n";
    for (const auto& [label, value] : entries) {
        body += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>\n";
    }
    return html_section("manifest", t("manifest", language), body + "</dl>\n");
}

} // namespace hcsim::report
