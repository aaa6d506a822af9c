// The report's validation section: figures observed in the district (the scenario's
// `validation:` list, written by compare to validation.csv) against the baseline's
// replications, so a reader can judge how far to trust the model before using its figures.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::report {

namespace {

std::string words(std::string_view key, Language language) {
    static constexpr Phrase phrases[] = {
        {"heading", "Modellen mot observerade siffror", "The model against observed figures"},
        {"intro",
         "Varje rad jämför en siffra som observerats i stadsdelen med samma siffra i modellen "
         "för {baseline}. En observation är ett enda utfall, så den bedöms mot spannet där "
         "95\u00a0% av simuleringarna hamnar, inte mot konfidensintervallet för modellens "
         "medelvärde. {within} av {count} ligger inom spannet.",
         "Each row compares a figure observed in the district with the same figure in the model "
         "for {baseline}. An observation is a single outcome, so it is judged against the range "
         "where 95% of the replications fall, not against the confidence interval of the model's "
         "mean. {within} of {count} lie within the range."},
        {"misses",
         "Utanför spannet: {targets}. Modellen eller dess underlag stämmer inte med den siffran; "
         "läs källan och väg in det när resultaten används.",
         "Outside the range: {targets}. The model or its inputs do not match that figure; read "
         "the source and weigh it when using the results."},
        {"summary",
         "Modellen har prövats mot {count} observerade siffror i stadsdelen; {within} ligger inom "
         "modellens spann (se ”Modellen mot observerade siffror”).",
         "The model was checked against {count} figures observed in the district; {within} lie "
         "within its range (see “The model against observed figures”)."},
        {"summary_one",
         "Modellen har prövats mot 1 observerad siffra i stadsdelen; den ligger {inside} "
         "modellens spann (se ”Modellen mot observerade siffror”).",
         "The model was checked against 1 figure observed in the district; it lies {inside} "
         "its range (see “The model against observed figures”)."},
        {"inside", "inom", "within"},
        {"outside", "utanför", "outside"},
        {"target", "Siffra", "Figure"},
        {"quantity", "Typ av mått", "Kind"},
        {"months", "Månader", "Months"},
        {"observed", "Observerat", "Observed"},
        {"model", "Modellens medelvärde", "Model mean"},
        {"range", "Spann, 95\u00a0% av simuleringarna", "Range, 95% of replications"},
        {"within", "Inom spannet", "Within range"},
        {"yes", "ja", "yes"},
        {"no", "nej", "no"},
        {"quantity:stock", "hushåll vid månadens slut", "households at month end"},
        {"quantity:evictions", "vräkningar", "evictions"},
        {"quantity:entries", "inflöde", "inflow"},
    };
    if (const auto words = translate(phrases, key, language)) {
        return std::string(*words);
    }
    return readable_name(key.substr(key.find(':') + 1)); // a quantity this table lacks
}

std::string months(const ValidationCheck& check) {
    return check.first_month == check.last_month
               ? std::to_string(check.first_month)
               : std::to_string(check.first_month) + "–" + std::to_string(check.last_month);
}

std::string target_name(const ValidationCheck& check) {
    return check.title.empty() ? readable_name(check.target) : check.title;
}

std::string count_within(const CompareFolder& folder) {
    return std::to_string(std::count_if(folder.validation.begin(), folder.validation.end(),
                                        [](const ValidationCheck& c) { return c.within_range; }));
}

} // namespace

std::string validation_sentence(const CompareFolder& folder, Language language) {
    if (folder.validation.empty()) {
        return "";
    }
    if (folder.validation.size() == 1) {
        return fill(words("summary_one", language),
                    {{"inside", words(folder.validation.front().within_range ? "inside" : "outside",
                                      language)}});
    }
    return fill(words("summary", language), {{"count", std::to_string(folder.validation.size())},
                                             {"within", count_within(folder)}});
}

std::string section_validation(const CompareFolder& folder, Language language, Charts&) {
    if (folder.validation.empty()) {
        return "";
    }
    std::string body = "<p class=\"intro\">" +
                       html_escape(fill(words("intro", language),
                                        {{"baseline", baseline_phrase(folder, language)},
                                         {"count", std::to_string(folder.validation.size())},
                                         {"within", count_within(folder)}})) +
                       "</p>\n" + table_wrap_open(words("heading", language)) +
                       "<table class=\"validation\"><thead><tr>";
    for (const char* key : {"target", "quantity", "months"}) {
        body += "<th>" + html_escape(words(key, language)) + "</th>";
    }
    for (const char* key : {"observed", "model", "range"}) {
        body += "<th class=\"num\">" + html_escape(words(key, language)) + "</th>";
    }
    body += "<th>" + html_escape(words("within", language)) + "</th><th>" +
            html_escape(std::string(text("source", language))) + "</th></tr></thead>\n<tbody>\n";
    std::string misses;
    for (const auto& check : folder.validation) {
        // Observed figures are mostly counts: whole numbers from 10 up.
        const int decimals = check.observed >= 10.0 || check.observed == std::floor(check.observed)
                                 ? 0
                                 : sensible_decimals(check.observed);
        const std::string range = format_number(check.range_low, decimals, language) + "–" +
                                  format_number(check.range_high, decimals, language);
        body += std::string("<tr") + (check.within_range ? "" : " class=\"miss\"") + "><td>" +
                html_escape(target_name(check)) + "</td><td>" +
                html_escape(words("quantity:" + check.quantity, language)) + "</td><td>" +
                months(check) + "</td><td class=\"num\">" +
                format_number(check.observed, decimals, language) +
                "</td><td class=\"num interval\">" +
                html_escape(format_interval(check.model.mean, check.model.low, check.model.high, "",
                                            language)) +
                "</td><td class=\"num\">" + range + "</td><td>" +
                html_escape(words(check.within_range ? "yes" : "no", language)) +
                "</td><td class=\"source\">" + html_escape(cite(folder, check.source, language)) +
                "</td></tr>\n";
        if (!check.within_range) {
            misses += (misses.empty() ? "" : ", ") + target_name(check);
        }
    }
    body += "</tbody></table></div>\n";
    if (!misses.empty()) {
        body += "<p class=\"notice\">" +
                html_escape(fill(words("misses", language), {{"targets", misses}})) + "</p>\n";
    }
    return html_section("validation", words("heading", language), body);
}

} // namespace hcsim::report
