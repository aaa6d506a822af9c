// The decision tables of results.xlsx: incremental.csv, funder.csv, the quick PSA's and the
// psa and sweep folders' tables (columns: docs/decisions.md). The Swedish workbook names every
// sheet, column and id in the report's words (an economist copies these into an application);
// the English one keeps the CSV files as written, so that its sheets join to the files.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"
#include "workbook_sheet.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>

namespace hcsim::report {

namespace {

// Swedish column headers of the decision tables, by CSV column (the English workbook keeps the
// CSV files' own names, so the English column is unused). Columns named after a role
// (sweep.csv's "<role>_fte", "marginal_cost_tkr_<role>") and after a parameter (psa_draws.csv)
// are built in `header_sv`.
constexpr Words columns{"workbook_decisions.columns"};

// Swedish words for the sheets (sheet:, at most 31 characters: Excel's limit) and the ids in
// the cells (perspective:, status:, category:, group:, note:).
constexpr Words ids{"workbook_decisions.ids"};

std::string sv(const Words& table, const std::string& key) {
    return table.or_readable(key, Language::sv, key);
}

// The Swedish header of a CSV column.
std::string header_sv(const CompareFolder& folder, const std::string& column) {
    if (const auto known = columns.find(column, Language::sv)) {
        return std::string(*known);
    }
    if (column.starts_with("mc_se_")) { // psa_summary.csv: the Monte Carlo error of a figure
        std::string figure = header_sv(folder, column.substr(6));
        if (!figure.empty() && figure[0] >= 'A' && figure[0] <= 'Z') {
            figure[0] = static_cast<char>(figure[0] - 'A' + 'a');
        }
        return "Beräkningens slumpfel (medelfel), " + figure;
    }
    // sweep.csv: "<role>_fte", "marginal_cost_tkr_<role>", "marginal_cost_per_..._tkr_<role>".
    for (const auto& [prefix, pattern] : std::initializer_list<std::pair<std::string, std::string>>{
             {"marginal_cost_per_eviction_prevented_tkr_",
              "Marginalkostnad per förhindrad vräkning, {role} (tkr)"},
             {"marginal_cost_tkr_", "Marginalkostnad, {role} (tkr)"}}) {
        if (column.starts_with(prefix)) {
            return fill(pattern,
                        {{"role", role_label(column.substr(prefix.size()), Language::sv)}});
        }
    }
    if (column.find('.') != std::string::npos) { // psa_draws.csv: an uncertain parameter
        return capitalised(field_label(folder, column, Language::sv));
    }
    if (column.ends_with("_fte")) {
        return "Årsarbetare, " + role_label(column.substr(0, column.size() - 4), Language::sv);
    }
    return readable_name(column);
}

// A cell of `column` in row `r` in Swedish words; nullopt when the cell is a number as it is.
std::optional<std::string> cell_sv(const CompareFolder& folder, const CsvTable& table,
                                   std::size_t r, const std::string& column) {
    const std::string& cell = table.text(r, column);
    if (cell.empty()) {
        return cell;
    }
    if (column == "option" || column == "compared_with" || column == "baseline") {
        // acceptability.csv names the baseline "baseline"
        return option_title(folder, cell == "baseline" ? folder.baseline() : cell, Language::sv);
    }
    if (column == "perspective" || column == "status" || column == "category") {
        return sv(ids, column + ":" + cell);
    }
    if (column == "note" || column == "ratio_note") {
        return sv(ids, "note:" + cell);
    }
    if (column == "payer") {
        return capitalised(payer_label(cell, Language::sv));
    }
    if (column == "year") {
        return year_label(folder, static_cast<std::size_t>(std::strtoul(cell.c_str(), nullptr, 10)),
                          Language::sv);
    }
    if (column == "item") { // a cost line, by the category beside it
        const std::string category = table.has_column("category") ? table.text(r, "category") : "";
        if (category == "events") {
            return sv(ids, "category:events");
        }
        const CostLineName name = cost_line_name(folder, category, cell, Language::sv);
        return category == "staff" && !name.titled ? capitalised(name.text) : name.text;
    }
    if (column == "field") {
        return capitalised(field_label(folder, cell, Language::sv));
    }
    if (column == "label") { // a label psa has no words for reads as its field does
        const std::string words = parameter_label(cell, Language::sv);
        const bool translated = words.find_first_of("_[") == std::string::npos;
        return capitalised(translated || !table.has_column("field")
                               ? words
                               : field_label(folder, table.text(r, "field"), Language::sv));
    }
    if (column == "outcome") {
        return header_sv(folder, cell);
    }
    if (column == "group") { // evppi.csv: "all", "costs", "role: X", "effects: X"
        for (const auto& [prefix, words] :
             std::initializer_list<std::pair<std::string, std::string>>{
                 {"role: ", "allt om "}, {"effects: ", "effekterna av "}}) {
            if (cell.starts_with(prefix) && cell != "effects: every role") {
                return words + role_label(cell.substr(prefix.size()), Language::sv);
            }
        }
        return sv(ids, "group:" + cell);
    }
    if (column == "on_frontier") {
        return sv(ids, cell == "1" ? "yes" : "no");
    }
    return std::nullopt;
}

// One CSV as a sheet: numbers as numbers, the rest as text (in Swedish, the report's words).
void add_sheet(lxw_workbook* book, const CompareFolder& folder, const std::string& name,
               const CsvTable& table, Language language, lxw_format* bold, lxw_format* number) {
    const std::vector<std::string>& columns_of_file = table.header();
    const bool swedish = language == Language::sv;
    std::vector<std::string> header;
    for (const auto& column : columns_of_file) {
        header.push_back(swedish ? header_sv(folder, column) : column);
    }
    Sheet sheet(book, swedish ? sv(ids, "sheet:" + name) : name, header, bold, number);
    for (std::size_t r = 0; r < table.rows(); ++r) {
        for (std::size_t c = 0; c < columns_of_file.size(); ++c) {
            if (swedish) {
                if (const auto words = cell_sv(folder, table, r, columns_of_file[c])) {
                    sheet.text(c, *words);
                    continue;
                }
            }
            const std::string& cell = table.text(r, columns_of_file[c]);
            char* end = nullptr;
            const double value = std::strtod(cell.c_str(), &end);
            if (!cell.empty() && end == cell.c_str() + cell.size()) {
                sheet.number(c, value);
            } else {
                sheet.text(c, cell);
            }
        }
        sheet.next();
    }
}

} // namespace

void add_decision_sheets(lxw_workbook* book, const CompareFolder& folder, Language language,
                         lxw_format* bold, lxw_format* number) {
    std::vector<std::string> added;
    for (const auto& [place, files] :
         std::vector<std::pair<std::filesystem::path, std::vector<std::string>>>{
             {folder.files_folder(),
              {"incremental", "funder", "cost_breakdown", "break_even_years", "psa_summary",
               "break_even", "psa_break_even_years", "evppi", "acceptability", "evpi",
               "psa_draws"}},
             {sibling_folder(folder.path, "-psa"),
              {"psa_summary", "tornado", "global_sensitivity", "break_even", "evppi",
               "acceptability", "evpi", "psa_draws"}},
             {sibling_folder(folder.path, "-sweep"), {"sweep"}}}) {
        for (const auto& name : files) {
            if (std::find(added.begin(), added.end(), name) != added.end()) {
                continue;
            }
            if (const auto table = read_table(place / (name + ".csv"))) {
                add_sheet(book, folder, name, *table, language, bold, number);
                added.push_back(name);
            }
        }
    }
}

} // namespace hcsim::report
