// The CHEERS 2022 checklist (Consolidated Health Economic Evaluation Reporting Standards,
// Husereau et al. 2022, 28 items) as an appendix: each item says where the report answers it,
// filled from the run (perspective, horizon, discounting, price year, currency, model,
// uncertainty); "ej tillämpligt" where an item does not apply to this kind of analysis.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>

namespace hcsim::report {

namespace {

constexpr Words w{"cheers"};

std::string joined(const std::vector<std::string>& items, Language language) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += i == 0 ? ""
                      : (i + 1 == items.size() ? (language == Language::sv ? " och " : " and ")
                                               : ", ");
        out += items[i];
    }
    return out.empty() ? w("none", language) : out;
}

// Payers of the budget lines of one kind of funding, as the report names them.
std::string budget_payers(const CompareFolder& folder, model::Funding funding, Language language) {
    std::vector<std::string> payers;
    for (const auto& line : folder.budget) {
        const std::string payer = payer_label(line.payer, language);
        if (line.funding == funding && line.tkr != 0.0 &&
            std::find(payers.begin(), payers.end(), payer) == payers.end()) {
            payers.push_back(payer);
        }
    }
    return joined(payers, language);
}

} // namespace

std::string section_cheers(const CompareFolder& folder, Language language, Charts&) {
    const auto& m = folder.manifest;
    std::vector<std::string> options, states, payers;
    for (const auto& option : folder.options()) {
        if (option != folder.baseline()) {
            options.push_back(option_title(folder, option, language));
        }
    }
    for (const auto& row : folder.monthly) {
        const std::string state = state_label(row.state, language);
        if (std::find(states.begin(), states.end(), state) == states.end()) {
            states.push_back(state);
        }
    }
    for (const auto& row : folder.summary) {
        if (row.metric.starts_with("cost_") && row.metric.ends_with("_tkr") &&
            row.option == folder.baseline()) {
            const std::string payer = row.metric.substr(5, row.metric.size() - 9);
            if (payer != "housing" && payer != "events" && payer != "staff" && payer != "fixed" &&
                payer != "total" && payer != "per_eviction_prevented") {
                payers.push_back(payer_label(payer, language));
            }
        }
    }
    const bool psa =
        std::filesystem::exists(sibling_folder(folder.path, "-psa") / "psa_summary.csv");
    const std::string replications = std::to_string(m.replications);
    const std::string period = period_text(folder, language);
    const std::vector<std::pair<std::string, std::string>> answers{
        {"1", fill(w("a1", language), {{"title", m.scenario_title},
                                       {"options", joined(options, language)},
                                       {"baseline", baseline_phrase(folder, language)}})},
        {"2", w("a2", language)},
        {"3", w("a3", language)},
        {"4", w("a4", language)},
        {"5", fill(w("a5", language), {{"states", joined(states, language)}})},
        {"6", fill(w("a6", language), {{"period", period.empty() ? m.scenario_title : period}})},
        {"7",
         capitalised(baseline_phrase(folder, language)) + "; " + joined(options, language) + "."},
        {"8", fill(w("a8", language), {{"payers", joined(payers, language)}})},
        {"9", capitalised(std::to_string(folder.months()) + " " +
                          std::string(text("months", language))) +
                  (period.empty() ? "" : " (" + period + ")") + "."},
        {"10", m.discount_rate > 0.0
                   ? fill(w("a10", language),
                          {{"rate", trimmed_number(100.0 * m.discount_rate, language) + "\u00a0%"}})
                   : w("a10_none", language)},
        {"11", w("a11", language)},
        {"12", fill(w("a12", language), {{"replications", replications}})},
        {"13", w("a13", language)},
        {"14", w("a14", language)},
        {"15", fill(w("a15", language), {{"price_year", std::to_string(m.price_year)}})},
        {"16", fill(w("a16", language), {{"version", m.version}})},
        {"17", w("a17", language)},
        {"18", w("a18", language)},
        {"19", w("na", language) + "."},
        {"20", fill(w(psa ? "a20_psa" : "a20", language), {{"replications", replications}})},
        {"21", w("na", language) + "."},
        {"22", w("a22", language)},
        {"23", w("a23", language)},
        {"24", w(psa ? "a24_psa" : "a24", language)},
        {"25", w("na", language) + "."},
        {"26", w("a26", language)},
        {"27", fill(w("a27", language),
                    {{"applied", budget_payers(folder, model::Funding::applied, language)},
                     {"own", budget_payers(folder, model::Funding::own, language)}})},
        {"28", w("a28", language)},
    };
    // The standard's own (English) name, marked as English for screen readers (WCAG 3.1.2).
    const std::string name = "<span lang=\"en\">Consolidated Health Economic Evaluation "
                             "Reporting Standards</span>";
    std::string body =
        "<p class=\"intro\">" + fill(html_escape(w("intro", language)), {{"name", name}}) +
        "</p>\n" + table_wrap_open(w("heading", language)) +
        "<table class=\"cheers\"><thead><tr><th scope=\"col\" class=\"num\">" +
        w("number", language) + "</th><th scope=\"col\">" + w("item", language) +
        "</th><th scope=\"col\">" + w("answer", language) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& [number, answer] : answers) {
        body += "<tr><td class=\"num\">" + number + "</td><td>" + html_escape(w(number, language)) +
                "</td><td>" + html_escape(answer) + "</td></tr>\n";
    }
    return html_section("cheers", w("heading", language), body + "</tbody></table></div>\n");
}

} // namespace hcsim::report
