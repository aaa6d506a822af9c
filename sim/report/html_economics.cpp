// The cost-effectiveness section of report.html: the incremental analysis by perspective
// (incremental.csv), the funder's own figure (funder.csv), and where the cost difference comes
// from (cost_breakdown.csv), drawn from the compare folder; empty for an older folder.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace hcsim::report {

namespace {

using nlohmann::json;

constexpr Words words{"html_economics"};

std::string tkr(double value, Language language) {
    return format_number(value, 0, language) + std::string(no_break_space) + "tkr";
}

std::string signed_number(double value, Language language, int decimals) {
    const std::string text = format_number(value, decimals, language);
    return value > 0.0 && text != format_number(0.0, decimals, language) ? "+" + text : text;
}

// A line of the cost breakdown; staff and fixed costs by their budget line's title.
std::string line_label(const CompareFolder& folder, const CsvTable& t, std::size_t r,
                       Language language) {
    const std::string category = t.text(r, "category");
    const CostLineName name = cost_line_name(folder, category, t.text(r, "item"), language);
    if (category == "events") {
        return words("events", language);
    }
    if (category == "housing") {
        return fill(words("housing", language), {{"state", name.text}});
    }
    if (name.titled) {
        return name.text;
    }
    return category == "staff" ? fill(words("staff", language), {{"role", name.text}})
                               : fill(words("fixed", language), {{"item", name.text}});
}

} // namespace

std::string perspective_title(analysis::Perspective perspective, Language language) {
    return words("perspective:" + std::string(analysis::to_string(perspective)), language);
}

std::string section_economics(const CompareFolder& folder, Language language, Charts& charts) {
    const auto incremental = read_table(folder.files_folder() / "incremental.csv");
    if (!incremental || incremental->rows() == 0) {
        return "";
    }
    std::string body = "<p class=\"intro\">" + html_escape(words("intro", language)) + "</p>\n";
    std::string perspective;
    for (std::size_t r = 0; r < incremental->rows(); ++r) {
        const std::string p = incremental->text(r, "perspective");
        if (p != perspective) {
            if (!perspective.empty()) {
                body += "</tbody></table></div>\n";
            }
            perspective = p;
            body += "<h3>" + html_escape(words("perspective:" + p, language)) + "</h3>\n" +
                    table_wrap_open(words("perspective:" + p, language)) +
                    "<table><thead><tr><th>" + words("option", language) +
                    "</th><th class=\"num\">" + words("cost_change", language) +
                    "</th><th class=\"num\">" + words("evictions_change", language) + "</th><th>" +
                    words("reading", language) + "</th></tr></thead>\n<tbody>\n";
        }
        const std::string status = incremental->text(r, "status");
        const std::string other = incremental->text(r, "compared_with");
        std::string reading =
            fill(words("status:" + status, language),
                 {{"other", other.empty() ? "" : option_title(folder, other, language)}});
        if (status == "trade_off") {
            if (incremental->text(r, "ratio_note") == "not_estimable") {
                reading += "; " + words("not_estimable", language);
            } else {
                reading +=
                    "; " +
                    fill(words("per_eviction", language),
                         {{"ratio", tkr(incremental->number(r, "ratio_tkr_per_eviction_prevented"),
                                        language)},
                          {"low", tkr(incremental->number(r, "ratio_ci_low"), language)},
                          {"high", tkr(incremental->number(r, "ratio_ci_high"), language)},
                          {"other", option_title(folder, other, language)}});
            }
        }
        const double cost = incremental->number(r, "delta_cost_tkr");
        const double evictions = incremental->number(r, "delta_evictions");
        body += "<tr><td>" +
                html_escape(option_title(folder, incremental->text(r, "option"), language)) +
                "</td><td class=\"num\">" + signed_number(cost, language, 0) +
                "</td><td class=\"num\">" + signed_number(evictions, language, 1) + "</td><td>" +
                html_escape(reading) + "</td></tr>\n";
    }
    body += "</tbody></table></div>\n";
    if (const auto funder = read_table(folder.files_folder() / "funder.csv")) {
        for (std::size_t r = 0; r < funder->rows(); ++r) {
            const bool estimable = funder->text(r, "note") != "not_estimable";
            std::string payer = payer_label(funder->text(r, "payer"), language);
            if (!payer.empty()) {
                payer[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(payer[0])));
            }
            body +=
                "<p>" +
                html_escape(fill(
                    words(estimable ? "funder" : "funder_not_estimable", language),
                    {{"payer", payer},
                     {"funds", tkr(funder->number(r, "funds_tkr"), language)},
                     {"option", option_title(folder, funder->text(r, "option"), language)},
                     {"per", tkr(funder->number(r, "funds_per_eviction_prevented_tkr"), language)},
                     {"low", tkr(funder->number(r, "ci_low"), language)},
                     {"high", tkr(funder->number(r, "ci_high"), language)}})) +
                "</p>\n";
        }
    }
    if (const auto breakdown = read_table(folder.files_folder() / "cost_breakdown.csv")) {
        std::vector<std::string> options;
        for (std::size_t r = 0; r < breakdown->rows(); ++r) {
            if (std::find(options.begin(), options.end(), breakdown->text(r, "option")) ==
                options.end()) {
                options.push_back(breakdown->text(r, "option"));
            }
        }
        for (const auto& option : options) {
            // By line, summed over payers and years, for the chart; by payer and year below it.
            std::vector<std::string> labels;
            std::map<std::string, double> by_line;
            std::map<std::string, std::map<std::size_t, double>> by_payer;
            std::size_t years = 0;
            for (std::size_t r = 0; r < breakdown->rows(); ++r) {
                if (breakdown->text(r, "option") != option) {
                    continue;
                }
                const std::string label = line_label(folder, *breakdown, r, language);
                if (!by_line.contains(label)) {
                    labels.push_back(label);
                }
                const double value = breakdown->number(r, "delta_cost_tkr");
                by_line[label] += value;
                const auto year = static_cast<std::size_t>(breakdown->number(r, "year"));
                years = std::max(years, year);
                by_payer[breakdown->text(r, "payer")][year] += value;
            }
            json categories = json::array();
            json points = json::array();
            for (const auto& label : labels) {
                if (std::abs(by_line[label]) < 0.5) {
                    continue; // under half a tkr: not worth a bar
                }
                categories.push_back(label);
                points.push_back(
                    {{"mean", by_line[label]}, {"low", by_line[label]}, {"high", by_line[label]}});
            }
            const json spec{
                {"kind", "bars"},
                {"unit", "tkr"},
                {"horizontal", true},
                {"categories", categories},
                {"series", json::array({{{"name", option_title(folder, option, language)},
                                         {"points", points}}})}};
            body += charts.figure("breakdown-" + option, spec.dump(),
                                  fill(words("breakdown", language),
                                       {{"option", option_title(folder, option, language)}}));
            body += table_wrap_open(words("by_payer", language)) + "<table><thead><tr><th>" +
                    words("payer", language) + "</th>";
            for (std::size_t y = 1; y <= years; ++y) {
                body +=
                    "<th class=\"num\">" + html_escape(year_label(folder, y, language)) + "</th>";
            }
            body +=
                "<th class=\"num\">" + words("total", language) + "</th></tr></thead>\n<tbody>\n";
            for (const auto& [payer, values] : by_payer) {
                double total = 0.0;
                body += "<tr><td>" + html_escape(payer_label(payer, language)) + "</td>";
                for (std::size_t y = 1; y <= years; ++y) {
                    const auto found = values.find(y);
                    const double v = found == values.end() ? 0.0 : found->second;
                    total += v;
                    body += "<td class=\"num\">" + signed_number(v, language, 0) + "</td>";
                }
                body += "<td class=\"num\">" + signed_number(total, language, 0) + "</td></tr>\n";
            }
            body += "</tbody></table></div>\n";
        }
    }
    return html_section("economics", words("heading", language), body);
}

} // namespace hcsim::report
