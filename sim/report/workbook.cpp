#include "hcsim/report/workbook.hpp"

#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"
#include "workbook_sheet.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <xlsxwriter.h>

namespace hcsim::report {

namespace {

std::string t(std::string_view key, Language language) {
    return std::string(text(key, language));
}

std::vector<std::string> with_interval(std::vector<std::string> header, const std::string& unit,
                                       Language language) {
    const std::string suffix = unit.empty() ? "" : " (" + unit + ")";
    header.push_back(t("mean", language) + suffix);
    header.push_back(t("ci_low", language) + suffix);
    header.push_back(t("ci_high", language) + suffix);
    return header;
}

} // namespace

void write_workbook(const CompareFolder& folder, Language language,
                    const std::filesystem::path& file) {
    // The worksheets' temporary files go beside the workbook, not to TMPDIR or /tmp: an
    // unwritable or full temporary folder must not fail a report whose own folder is fine.
    std::string tmpdir = file.has_parent_path() ? file.parent_path().string() : ".";
    lxw_workbook_options options{};
    options.tmpdir = tmpdir.data();
    std::unique_ptr<lxw_workbook, decltype(&workbook_close)> book(
        workbook_new_opt(file.string().c_str(), &options), workbook_close);
    if (!book) {
        throw BadInput(std::string("cannot create the workbook: ") + std::strerror(errno),
                       file.string());
    }
    lxw_format* bold = workbook_add_format(book.get());
    format_set_bold(bold);
    format_set_text_wrap(bold);
    lxw_format* number = workbook_add_format(book.get());
    format_set_num_format(number, "#,##0.00");

    // The Swedish workbook names everything as the report does (titles, Swedish measures,
    // units and payers, calendar years); the English one keeps the ids beside the labels, for
    // those who join it to the CSV files.
    const bool ids = language != Language::sv;
    const auto option_name = [&](const std::string& option) {
        return ids ? option : option_title(folder, option, language);
    };
    const auto unit_name = [&](const std::string& unit) {
        return ids ? unit : unit_label(unit, language);
    };
    // From column `c` on: the metric (and its id), its unit, the interval; then the next row.
    const auto metric_cells = [&](Sheet& sheet, std::size_t c, const std::string& metric,
                                  const std::string& unit, const kernel::ConfidenceInterval& ci) {
        sheet.text(c++, metric_title(folder, metric, language));
        if (ids) {
            sheet.text(c++, metric);
        }
        sheet.text(c++, unit_name(unit));
        sheet.interval(c, ci);
        sheet.next();
    };
    std::vector<std::string> measure{t("option", language), t("metric", language)};
    if (ids) {
        measure.push_back(t("metric_id", language));
    }
    measure.push_back(t("unit", language));
    {
        // First what the decision rests on: the report's summary, paragraph by paragraph.
        Sheet sheet(book.get(), t("sheet_summary", language), {t("summary", language)}, bold,
                    number);
        for (const auto& paragraph : summary_paragraphs(folder, language)) {
            sheet.text(0, paragraph);
            sheet.next();
        }
    }
    {
        Sheet sheet(book.get(), t("sheet_outcomes", language), with_interval(measure, "", language),
                    bold, number);
        for (const auto& r : folder.summary) {
            sheet.text(0, option_name(r.option));
            metric_cells(sheet, 1, r.metric, r.unit, r.ci);
        }
    }
    if (!folder.differences.empty()) {
        auto header = measure;
        header.insert(header.begin() + 1, language == Language::sv ? "Jämfört med" : "Against");
        Sheet sheet(book.get(), t("sheet_differences", language),
                    with_interval(header, "", language), bold, number);
        for (const auto& r : folder.differences) {
            sheet.text(0, option_name(r.option));
            sheet.text(1, option_name(r.baseline));
            metric_cells(sheet, 2, r.metric, r.unit, r.ci);
        }
    }
    if (!folder.contributions.empty()) {
        // One line per (option, role, measure) of contributions.csv: the role by its title.
        const auto title_of = [&](const std::string& role) {
            if (role == analysis::all_roles || role == analysis::interaction) {
                return t("role:" + role, language);
            }
            return role_title(folder, role, language);
        };
        std::vector<std::string> header{t("option", language), t("role", language)};
        if (ids) {
            header.push_back(t("role_id", language));
        }
        header.insert(header.end(), measure.begin() + 1, measure.end());
        Sheet sheet(book.get(), t("sheet_roles", language), with_interval(header, "", language),
                    bold, number);
        for (const auto& r : folder.contributions) {
            std::size_t c = 0;
            sheet.text(c++, option_name(r.option));
            sheet.text(c++, title_of(r.role));
            if (ids) {
                sheet.text(c++, r.role);
            }
            sheet.text(c++, metric_title(folder, r.metric, language));
            if (ids) {
                sheet.text(c++, r.metric);
            }
            sheet.text(c++, unit_name(r.unit));
            sheet.interval(c, r.ci);
            sheet.next();
        }
    }
    {
        std::vector<std::string> header{t("option", language), t("year", language),
                                        t("category", language)};
        if (ids) {
            header.push_back(t("metric_id", language));
        }
        Sheet sheet(book.get(), t("sheet_costs", language), with_interval(header, "tkr", language),
                    bold, number);
        for (const auto& r : folder.yearly) {
            if (r.unit != "tkr") {
                continue;
            }
            std::size_t c = 0;
            sheet.text(c++, option_name(r.option));
            sheet.text(c++, year_label(folder, r.year, language));
            sheet.text(c++, metric_title(folder, r.metric, language));
            if (ids) {
                sheet.text(c++, r.metric);
            }
            sheet.interval(c, r.ci);
            sheet.next();
        }
    }
    if (!folder.budget.empty()) {
        Sheet sheet(book.get(), t("sheet_budget", language),
                    {t("option", language), t("item", language), t("fte", language),
                     t("payer", language), t("funding", language), t("year", language),
                     t("cost_tkr", language), t("source", language)},
                    bold, number);
        for (const auto& l : folder.budget) {
            const bool staff = l.category == analysis::BudgetCategory::staff;
            sheet.text(0, option_name(l.option));
            sheet.text(1, budget_line_label(l, language));
            if (staff) {
                sheet.number(2, l.fte);
            }
            sheet.text(3, ids ? l.payer : payer_label(l.payer, language));
            sheet.text(
                4, t(l.funding == model::Funding::own ? "own_funding" : "applied_funds", language));
            sheet.text(5, year_label(folder, l.year, language));
            sheet.number(6, l.tkr);
            sheet.text(7, cite(folder, budget_source(folder, l), language));
            sheet.next();
        }
    }
    {
        std::vector<std::string> header{t("option", language), t("month", language),
                                        t("state", language)};
        if (ids) {
            header.push_back("state");
        }
        Sheet sheet(book.get(), t("sheet_monthly", language),
                    with_interval(header, unit_label("households", language), language), bold,
                    number);
        for (const auto& r : folder.monthly) {
            std::size_t c = 0;
            sheet.text(c++, option_name(r.option));
            sheet.whole(c++, static_cast<double>(r.month));
            sheet.text(c++, state_label(r.state, language));
            if (ids) {
                sheet.text(c++, r.state);
            }
            sheet.interval(c, r.ci);
            sheet.next();
        }
    }
    if (folder.assumptions) {
        Sheet sheet(book.get(), t("sheet_assumptions", language),
                    {t("parameter", language), t("value", language), t("unit", language),
                     t("uncertainty", language), t("calibrate_min", language),
                     t("calibrate_max", language), t("source", language), t("where", language)},
                    bold, number);
        for (const auto& r : *folder.assumptions) {
            sheet.text(0, field_label(folder, r.field, language));
            sheet.number(1, r.value);
            sheet.text(2, ids ? r.unit : assumption_unit(r.unit, language));
            sheet.text(3, uncertainty_label(r.uncertainty, language));
            sheet.number(4, r.calibrate_min.value_or(NAN));
            sheet.number(5, r.calibrate_max.value_or(NAN));
            sheet.text(6, cite(folder, r.source, language));
            sheet.text(7, r.file + ":" + std::to_string(r.line));
            sheet.next();
        }
    }
    if (!folder.validation.empty()) {
        auto header = with_interval({t("target", language), t("quantity", language),
                                     t("first_month", language), t("last_month", language),
                                     t("observed", language)},
                                    "", language);
        for (const char* key :
             {"range_low", "range_high", "within_range", "source", "title", "target_kind"}) {
            header.push_back(t(key, language));
        }
        Sheet sheet(book.get(), t("sheet_validation", language), header, bold, number);
        for (const auto& c : folder.validation) {
            const std::string name = c.title.empty() ? readable_name(c.target) : c.title;
            sheet.text(0, ids ? c.target : name);
            sheet.text(1, ids ? c.quantity : t("quantity:" + c.quantity, language));
            sheet.whole(2, static_cast<double>(c.first_month));
            sheet.whole(3, static_cast<double>(c.last_month));
            sheet.number(4, c.observed);
            sheet.interval(5, c.model);
            sheet.number(8, c.range_low);
            sheet.number(9, c.range_high);
            sheet.text(10, t(c.within_range ? "yes" : "no", language));
            sheet.text(11, cite(folder, c.source, language));
            sheet.text(12, c.title);
            sheet.text(13, t(c.independent ? "target_kind:independent" : "target_kind:input_check",
                             language));
            sheet.next();
        }
    }
    {
        const auto& m = folder.manifest;
        Sheet sheet(book.get(), t("sheet_run", language), {t("manifest", language), ""}, bold,
                    number);
        const std::vector<std::pair<std::string, std::string>> rows{
            {t("scenario", language), m.scenario_path},
            {t("scenario_hash", language), m.scenario_sha256},
            {t("version", language), m.version},
            {t("started", language), m.started_utc},
            {language == Language::sv ? "Jämförs med" : "Baseline", option_name(m.baseline)}};
        for (const auto& [label, value] : rows) {
            sheet.text(0, label);
            sheet.text(1, value);
            sheet.next();
        }
        for (const auto& [label, value] : std::vector<std::pair<std::string, double>>{
                 {t("seed", language), static_cast<double>(m.seed)},
                 {t("replications", language), static_cast<double>(m.replications)},
                 {t("price_year", language), m.price_year}}) {
            sheet.text(0, label);
            sheet.whole(1, value);
            sheet.next();
        }
    }
    add_decision_sheets(book.get(), folder, language, bold, number);
    lxw_workbook* raw = book.release();
    errno = 0;
    if (const lxw_error error = workbook_close(raw); error != LXW_NO_ERROR) {
        throw BadInput(std::string("cannot write the results: ") + lxw_strerror(error),
                       file.string());
    }
}

std::vector<std::filesystem::path> write_report(const CompareFolder& result, Language language) {
    // From the figures as the folder's files publish them: the report `compare --report`
    // writes is the one `hcsim report DIR` makes from the folder later.
    const CompareFolder folder = study::published(result);
    const auto html = folder.path / "report.html";
    const auto xlsx = folder.path / "results.xlsx";
    write_file_atomically(html, html_report(folder, language));
    write_file_atomically_with(xlsx, [&](const std::filesystem::path& temporary) {
        write_workbook(folder, language, temporary);
    });
    return {html, xlsx};
}

void write_report_into(const CompareFolder& result, Language language,
                       const std::filesystem::path& into) {
    CompareFolder folder = study::published(result); // as write_report does
    folder.staged_at = into;
    write_bytes(into / "report.html", html_report(folder, language));
    write_workbook(folder, language, into / "results.xlsx");
}

} // namespace hcsim::report
