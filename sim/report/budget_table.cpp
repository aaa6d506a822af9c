// The budget as the application form has it: one table per option, lines grouped by payer
// with a subtotal each, one column per budget year (calendar years from the start date) and
// the form's three columns: totalkostnad, egen finansiering, sökta medel.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace hcsim::report {

namespace {

std::string t(std::string_view key, Language language) {
    return std::string(text(key, language));
}

// One line of the form: an item with its cost per budget year.
struct FormLine {
    const analysis::BudgetLine* first = nullptr; // the item's first row of budget.csv
    std::vector<double> by_year;
    [[nodiscard]] double total() const {
        double sum = 0.0;
        for (const double cost : by_year) {
            sum += cost;
        }
        return sum;
    }
};

// The option's lines in file order (staff, then fixed costs).
std::vector<FormLine> form_lines(const CompareFolder& folder, const std::string& option) {
    std::vector<FormLine> lines;
    for (const auto& row : folder.budget) {
        if (row.option != option) {
            continue;
        }
        auto found = std::find_if(lines.begin(), lines.end(), [&](const FormLine& line) {
            return line.first->category == row.category && line.first->item == row.item;
        });
        if (found == lines.end()) {
            lines.push_back({&row, std::vector<double>(folder.years(), 0.0)});
            found = lines.end() - 1;
        }
        if (row.year >= 1 && row.year <= folder.years()) {
            found->by_year[row.year - 1] += row.tkr;
        }
    }
    return lines;
}

// A row of numbers: one per used year, then total, own funding and applied funds. A line of
// the form without cost shows a dash, as the application does.
struct Amounts {
    std::vector<double> by_year;
    double own = 0.0;
    double applied = 0.0;
    void add(const FormLine& line) {
        by_year.resize(line.by_year.size(), 0.0);
        for (std::size_t y = 0; y < line.by_year.size(); ++y) {
            by_year[y] += line.by_year[y];
        }
        (line.first->funding == model::Funding::own ? own : applied) += line.total();
    }
};

std::string amount_cell(double tkr, Language language) {
    return "<td class=\"num\">" +
           (std::abs(tkr) < 0.5 ? std::string("–") : format_number(tkr, 0, language)) + "</td>";
}

std::string amount_cells(const Amounts& amounts, const std::vector<bool>& used, Language language) {
    std::string out;
    for (std::size_t y = 0; y < used.size(); ++y) {
        if (used[y]) {
            out += amount_cell(y < amounts.by_year.size() ? amounts.by_year[y] : 0.0, language);
        }
    }
    return out + amount_cell(amounts.own + amounts.applied, language) +
           amount_cell(amounts.own, language) + amount_cell(amounts.applied, language);
}

} // namespace

std::string year_label(const CompareFolder& folder, std::size_t year, Language language) {
    if (folder.manifest.first_budget_year > 0) {
        return std::to_string(folder.manifest.first_budget_year + static_cast<int>(year) - 1);
    }
    return t("year_word", language) + " " + std::to_string(year);
}

std::string period_text(const CompareFolder& folder, Language language) {
    const std::string& date = folder.manifest.start_date;
    if (date.size() != 10) {
        return "";
    }
    static constexpr std::array<std::string_view, 12> sv{
        "januari", "februari", "mars",      "april",   "maj",      "juni",
        "juli",    "augusti",  "september", "oktober", "november", "december"};
    static constexpr std::array<std::string_view, 12> en{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    const auto& names = language == Language::sv ? sv : en;
    const int year = std::stoi(date.substr(0, 4));
    const int first = std::stoi(date.substr(5, 2)) - 1;
    const int last = first + static_cast<int>(std::max<std::size_t>(folder.months(), 1)) - 1;
    return std::string(names[static_cast<std::size_t>(first)]) + " " + std::to_string(year) +
           "\u2013" + std::string(names[static_cast<std::size_t>(last % 12)]) + " " +
           std::to_string(year + last / 12);
}

std::string item_title(const CompareFolder& folder, analysis::BudgetCategory category,
                       std::string_view item) {
    for (const auto& line : folder.budget) {
        if (line.item == item && line.category == category && !line.title.empty()) {
            return line.title;
        }
    }
    return "";
}

CostLineName cost_line_name(const CompareFolder& folder, std::string_view category,
                            std::string_view item, Language language) {
    if (category == "events") {
        return {};
    }
    if (category == "housing") {
        return {state_label(item, language), false};
    }
    const bool staff = category == "staff";
    if (std::string title = item_title(
            folder, staff ? analysis::BudgetCategory::staff : analysis::BudgetCategory::fixed,
            item);
        !title.empty()) {
        return {std::move(title), true};
    }
    return {staff ? role_label(item, language) : readable_name(item), false};
}

std::string budget_line_label(const analysis::BudgetLine& line, Language language) {
    if (!line.title.empty()) {
        return line.title;
    }
    return line.category == analysis::BudgetCategory::staff
               ? staff_line_label(line.item, line.fte, language)
               : fixed_line_label(line.item, language);
}

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

FundingSplit funding_split(const CompareFolder& folder, const std::string& option) {
    FundingSplit split;
    for (const auto& line : folder.budget) {
        if (line.option == option) {
            (line.funding == model::Funding::own ? split.own : split.applied) += line.tkr;
        }
    }
    return split;
}

std::string section_budget(const CompareFolder& folder, Language language, Charts&) {
    std::string body = "<p class=\"intro\">" + html_escape(t("budget_intro", language)) + "</p>\n";
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
    for (const auto& option : folder.options()) {
        if (option == folder.baseline()) {
            continue;
        }
        const std::vector<FormLine> lines = form_lines(folder, option);
        const std::string title = option_title(folder, option, language);
        body += "<h3>" + html_escape(title) + "</h3>\n";
        if (lines.empty()) {
            body += "<p>" + t("no_budget", language) + "</p>\n";
            continue;
        }
        std::vector<bool> used(folder.years(), false);
        for (const auto& line : lines) {
            for (std::size_t y = 0; y < used.size(); ++y) {
                used[y] = used[y] || std::abs(line.by_year[y]) >= 0.5;
            }
        }
        if (std::none_of(used.begin(), used.end(), [](bool u) { return u; })) {
            used.front() = true;
        }
        const auto columns = static_cast<std::size_t>(std::count(used.begin(), used.end(), true));
        body += table_wrap_open(t("budget", language) + ": " + title) +
                "<table class=\"budget\"><thead><tr><th scope=\"col\">" + t("item", language) +
                "</th>";
        for (std::size_t y = 0; y < used.size(); ++y) {
            if (used[y]) {
                body += "<th scope=\"col\" class=\"num\">" +
                        html_escape(year_label(folder, y + 1, language)) + "</th>";
            }
        }
        for (const char* key : {"total_cost", "own_funding", "applied_funds"}) {
            body += "<th scope=\"col\" class=\"num\">" + t(key, language) + "</th>";
        }
        body += "<th scope=\"col\">" + t("source", language) + "</th></tr></thead>\n<tbody>\n";
        // Payers in order of their first line; each group of lines ends with its subtotal.
        std::vector<std::string> payers;
        for (const auto& line : lines) {
            if (std::find(payers.begin(), payers.end(), line.first->payer) == payers.end()) {
                payers.push_back(line.first->payer);
            }
        }
        Amounts all;
        for (const auto& payer : payers) {
            const std::string payer_name = capitalised(payer_label(payer, language));
            body += "<tr class=\"payer\"><th scope=\"rowgroup\" colspan=\"" +
                    std::to_string(columns + 5) + "\">" + html_escape(payer_name) + "</th></tr>\n";
            Amounts subtotal;
            for (const auto& line : lines) {
                if (line.first->payer != payer) {
                    continue;
                }
                Amounts amounts;
                amounts.add(line);
                subtotal.add(line);
                all.add(line);
                const std::string source = budget_source(folder, *line.first);
                body += "<tr><td>" + html_escape(budget_line_label(*line.first, language)) +
                        "</td>" + amount_cells(amounts, used, language) + "<td class=\"source\">" +
                        html_escape(cite(folder, source, language)) + "</td></tr>\n";
            }
            body += "<tr class=\"subtotal\"><td>" +
                    html_escape(
                        fill(t("subtotal", language), {{"payer", payer_label(payer, language)}})) +
                    "</td>" + amount_cells(subtotal, used, language) + "<td></td></tr>\n";
        }
        body += "<tr class=\"total\"><td>" + t("total", language) + "</td>" +
                amount_cells(all, used, language) + "<td></td></tr>\n</tbody></table></div>\n";
    }
    return html_section("budget", t("budget", language), body);
}

} // namespace hcsim::report
