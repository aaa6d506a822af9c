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

// "975 tkr år 1" or "975 tkr per år, år 1–3" (equal years) or "650 tkr år 1, 325 tkr år 2".
std::string per_year_phrase(const std::vector<double>& by_year, Language language) {
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
               (language == Language::sv ? "per år, år " : "a year, years ") +
               std::to_string(years.front() + 1) + "–" + std::to_string(years.back() + 1);
    }
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) {
        out += i == 0 ? ""
                      : (i + 1 == years.size() ? (language == Language::sv ? " och " : " and ")
                                               : ", ");
        out += tkr(by_year[years[i]], language) + " " +
               fill(t("per_year_in", language), {{"year", std::to_string(years[i] + 1)}});
    }
    return out;
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

std::string budget_source(const CompareFolder& folder, const analysis::BudgetLine& line) {
    if (!line.source.empty() || !folder.assumptions) {
        return line.source;
    }
    const bool staff = line.category == analysis::BudgetCategory::staff;
    const std::string suffix = staff ? ".staff." + line.item + ".cost_per_fte_year"
                                     : ".fixed_costs." + line.item + ".amount";
    const std::string own = "options." + line.option + suffix;
    std::string fallback;
    for (const auto& row : *folder.assumptions) {
        if (row.field == own && !row.source.empty()) {
            return row.source;
        }
        if (fallback.empty() && row.field.ends_with(suffix)) {
            fallback = row.source;
        }
    }
    return fallback;
}

std::vector<double> own_costs_by_year(const CompareFolder& folder, const std::string& option) {
    std::vector<double> by_year(folder.years(), 0.0);
    if (!folder.budget.empty()) {
        for (const auto& line : folder.budget) {
            if (line.option == option && line.year >= 1 && line.year <= by_year.size()) {
                by_year[line.year - 1] += line.tkr;
            }
        }
        return by_year;
    }
    for (std::size_t y = 1; y <= by_year.size(); ++y) {
        for (const char* metric : {"cost_staff_tkr", "cost_fixed_tkr"}) {
            if (const auto* row = folder.find_yearly(option, y, metric)) {
                by_year[y - 1] += row->ci.mean;
            }
        }
    }
    return by_year;
}

std::vector<std::string> summary_paragraphs(const CompareFolder& folder, Language language) {
    std::vector<std::string> paragraphs;
    const std::string baseline = option_title(folder, folder.baseline(), language);
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
        std::string detail = per_year_phrase(by_year, language);
        if (std::count_if(by_year.begin(), by_year.end(),
                          [](double c) { return std::abs(c) >= 0.05; }) > 1) {
            detail += language == Language::sv ? "; totalt " : "; in all ";
            detail += tkr(total, language);
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
            total_change =
                (d->ci.mean > 0.0 ? "+" : "") + format_quantity(d->ci.mean, "tkr", language);
        }
        if (!effects.empty()) {
            paragraph += " " + fill(t("summary_effect", language),
                                    {{"baseline", baseline},
                                     {"years", std::to_string(folder.years())},
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

std::string section_budget(const CompareFolder& folder, Language language, Charts&) {
    std::string body = "<p class=\"intro\">" + t("budget_intro", language) + "</p>\n";
    if (folder.budget.empty()) {
        const bool any_cost = std::any_of(
            folder.options().begin(), folder.options().end(), [&](const std::string& option) {
                const auto years = own_costs_by_year(folder, option);
                return std::any_of(years.begin(), years.end(), [](double c) { return c != 0.0; });
            });
        if (any_cost) {
            body += "<p class=\"notice\">" + t("budget_missing", language) + "</p>\n";
        }
    }
    for (const auto& option : compared_options(folder)) {
        // Lines in file order (staff, then fixed), each with its cost per year.
        std::vector<const analysis::BudgetLine*> firsts;
        std::map<std::pair<int, std::string>, std::vector<double>> costs;
        for (const auto& line : folder.budget) {
            if (line.option != option) {
                continue;
            }
            const std::pair<int, std::string> key{static_cast<int>(line.category), line.item};
            if (!costs.contains(key)) {
                firsts.push_back(&line);
                costs[key].assign(folder.years(), 0.0);
            }
            if (line.year >= 1 && line.year <= folder.years()) {
                costs[key][line.year - 1] += line.tkr;
            }
        }
        body += "<h3>" + html_escape(option_title(folder, option, language)) + "</h3>\n";
        if (firsts.empty()) {
            body += "<p>" + t("no_budget", language) + "</p>\n";
            continue;
        }
        const bool sourced = std::any_of(firsts.begin(), firsts.end(), [&](const auto* line) {
            return !budget_source(folder, *line).empty();
        });
        std::vector<double> year_totals(folder.years(), 0.0);
        std::vector<bool> used(folder.years(), false);
        for (const auto& [key, by_year] : costs) {
            for (std::size_t y = 0; y < by_year.size(); ++y) {
                year_totals[y] += by_year[y];
                used[y] = used[y] || by_year[y] != 0.0;
            }
        }
        body += "<div class=\"table-wrap\"><table class=\"budget\"><thead><tr><th>" +
                t("item", language) + "</th><th>" + t("payer", language) + "</th>";
        for (std::size_t y = 0; y < used.size(); ++y) {
            if (used[y]) {
                body += "<th class=\"num\">" + t("year", language) + " " + std::to_string(y + 1) +
                        " (tkr)</th>";
            }
        }
        body += "<th class=\"num\">" + t("total", language) + " (tkr)</th>" +
                (sourced ? "<th>" + t("source", language) + "</th>" : "") +
                "</tr></thead>\n<tbody>\n";
        double grand_total = 0.0;
        for (const auto* line : firsts) {
            const auto& by_year = costs.at({static_cast<int>(line->category), line->item});
            const std::string label = line->category == analysis::BudgetCategory::staff
                                          ? staff_line_label(line->item, line->fte, language)
                                          : fixed_line_label(line->item, language);
            body += "<tr><td>" + html_escape(label) + "</td><td>" +
                    html_escape(payer_label(line->payer, language)) + "</td>";
            double total = 0.0;
            for (std::size_t y = 0; y < by_year.size(); ++y) {
                total += by_year[y];
                if (used[y]) {
                    body += "<td class=\"num\">" + format_number(by_year[y], 0, language) + "</td>";
                }
            }
            grand_total += total;
            body += "<td class=\"num\">" + format_number(total, 0, language) + "</td>";
            if (sourced) {
                const std::string source = budget_source(folder, *line);
                body += "<td class=\"source\">" +
                        html_escape(source.empty() ? t("assumption", language) : source) + "</td>";
            }
            body += "</tr>\n";
        }
        body += "<tr class=\"total\"><td>" + t("total_cost", language) + "</td><td></td>";
        for (std::size_t y = 0; y < year_totals.size(); ++y) {
            if (used[y]) {
                body += "<td class=\"num\">" + format_number(year_totals[y], 0, language) + "</td>";
            }
        }
        body += "<td class=\"num\">" + format_number(grand_total, 0, language) + "</td>" +
                (sourced ? "<td></td>" : "") + "</tr>\n</tbody></table></div>\n";
    }
    return html_section("budget", t("budget", language), body);
}

std::string section_assumptions(const CompareFolder& folder, Language language, Charts&) {
    if (!folder.assumptions) {
        return html_section("assumptions", t("assumptions", language),
                            "<p class=\"notice\">" + t("assumptions_missing", language) + "</p>\n");
    }
    std::string body = "<p class=\"intro\">" + t("assumptions_intro", language) + "</p>\n" +
                       "<div class=\"table-wrap\"><table class=\"assumptions\"><thead><tr><th>" +
                       t("parameter", language) + "</th><th class=\"num\">" + t("value", language) +
                       "</th><th>" + t("unit", language) + "</th><th>" +
                       t("uncertainty", language) + "</th><th>" + t("source", language) +
                       "</th></tr></thead>\n<tbody>\n";
    for (const auto& row : *folder.assumptions) {
        const int decimals = row.value == std::floor(row.value) ? 0 : 4;
        std::string value = format_number(row.value, decimals, language);
        if (decimals > 0) { // trailing zeros say nothing
            while (value.back() == '0') {
                value.pop_back();
            }
        }
        body += "<tr><td class=\"field\">" + html_escape(row.field) + "</td><td class=\"num\">" +
                value + "</td><td>" + html_escape(unit_label(row.unit, language)) + "</td><td>" +
                html_escape(row.uncertainty) + "</td><td class=\"source\">" +
                html_escape(row.source.empty() ? t("assumption", language) : row.source) +
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
                 joined += (joined.empty() ? "" : ", ") + o;
             }
             return joined;
         }()},
        {t("started", language), m.started_utc},
        {t("wall_time", language), format_number(m.wall_seconds, 1, language) + " s"}};
    std::string body = "<dl class=\"manifest\">\n";
    for (const auto& [label, value] : entries) {
        body += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>\n";
    }
    return html_section("manifest", t("manifest", language), body + "</dl>\n");
}

} // namespace hcsim::report
