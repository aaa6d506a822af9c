// The CHEERS 2022 checklist (Consolidated Health Economic Evaluation Reporting Standards,
// Husereau et al. 2022, 28 items) as an appendix: each item says where the report answers it,
// filled from the run (perspective, horizon, discounting, price year, currency, model,
// uncertainty); "ej tillämpligt" where an item does not apply to this kind of analysis.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>

namespace hcsim::report {

namespace {

constexpr Phrase phrases[] = {
    {"heading", "Bilaga: CHEERS 2022", "Appendix: CHEERS 2022"},
    {"intro", "Checklistan CHEERS 2022 ({name}) med var rapporten besvarar varje punkt.",
     "The CHEERS 2022 checklist ({name}) with where the report answers each item."},
    {"number", "Nr", "No."},
    {"item", "Punkt", "Item"},
    {"answer", "I denna rapport", "In this report"},
    {"na", "Ej tillämpligt", "Not applicable"},
    {"1", "Titel", "Title"},
    {"2", "Sammanfattning", "Abstract"},
    {"3", "Bakgrund och syfte", "Background and objectives"},
    {"4", "Analysplan", "Health economic analysis plan"},
    {"5", "Studiepopulation", "Study population"},
    {"6", "Miljö och plats", "Setting and location"},
    {"7", "Jämförelsealternativ", "Comparators"},
    {"8", "Perspektiv", "Perspective"},
    {"9", "Tidshorisont", "Time horizon"},
    {"10", "Diskonteringsränta", "Discount rate"},
    {"11", "Val av utfallsmått", "Selection of outcomes"},
    {"12", "Mätning av utfall", "Measurement of outcomes"},
    {"13", "Värdering av utfall", "Valuation of outcomes"},
    {"14", "Mätning och värdering av resurser och kostnader",
     "Measurement and valuation of resources and costs"},
    {"15", "Valuta, prisår och omräkning", "Currency, price date and conversion"},
    {"16", "Motivering och beskrivning av modellen", "Rationale and description of model"},
    {"17", "Analysmetod och antaganden", "Analytics and assumptions"},
    {"18", "Skillnader mellan grupper (heterogenitet)", "Characterising heterogeneity"},
    {"19", "Fördelningseffekter", "Characterising distributional effects"},
    {"20", "Osäkerhet", "Characterising uncertainty"},
    {"21", "Medverkan av berörda", "Approach to engagement with patients and others affected"},
    {"22", "Parametrar", "Study parameters"},
    {"23", "Huvudresultat", "Summary of main results"},
    {"24", "Osäkerhetens betydelse för resultaten", "Effect of uncertainty"},
    {"25", "Effekt av medverkan", "Effect of engagement with patients and others affected"},
    {"26", "Slutsatser, begränsningar och generaliserbarhet",
     "Study findings, limitations, generalisability and current knowledge"},
    {"27", "Finansiering", "Source of funding"},
    {"28", "Intressekonflikter", "Conflicts of interest"},
    {"a1", "{title}: kostnadsanalys med simulering av {options} mot {baseline}.",
     "{title}: cost analysis by simulation of {options} against {baseline}."},
    {"a2", "Se Sammanfattning.", "See Summary."},
    {"a3",
     "Underlag till en ansökan om medel; frågan och bakgrunden står i ansökan som scenariot "
     "bygger på (se Antaganden och källor).",
     "Support for an application for funds; the question and its background are in the "
     "application the scenario is built on (see Assumptions and sources)."},
    {"a4", "Ingen separat analysplan; analysen är scenariofilen (se Om körningen).",
     "No separate analysis plan; the analysis is the scenario file (see About the run)."},
    {"a5", "Hushåll i stadsdelens bostadskedja, i boendeformerna {states}.",
     "Households in the district's housing chain, in the housing states {states}."},
    {"a6", "Socialtjänsten i stadsdelen; {period}.", "The district's social services; {period}."},
    {"a8",
     "Betalarnas kostnader: {payers}, var för sig och tillsammans. Inget samhällsperspektiv "
     "(till exempel hälso- och sjukvård eller produktivitet ingår inte).",
     "The payers' costs: {payers}, each and together. No societal perspective (health care or "
     "productivity, for example, are not included)."},
    {"a10", "{rate} per år, per budgetår; år 1 diskonteras inte.",
     "{rate} a year, by budget year; year 1 is not discounted."},
    {"a10_none", "Ingen diskontering (0\u00a0%).", "No discounting (0%)."},
    {"a11",
     "Vräkningar, vräkningar av barnfamiljer, dygn i hemlöshet per boendeform, hushåll som får "
     "eget kontrakt och kostnader (se Utfall per alternativ).",
     "Evictions, evictions of families with children, homeless nights by housing state, "
     "households reaching their own lease, and costs (see Outcomes by option)."},
    {"a12", "Simulerade: medelvärden av {replications} simuleringar per alternativ.",
     "Simulated: means of {replications} simulations per option."},
    {"a13", "Utfallen värderas inte i pengar eller kvalitetsjusterade levnadsår: ej tillämpligt.",
     "Outcomes are not valued in money or quality-adjusted life years: not applicable."},
    {"a14",
     "Kostnad per dygn och boendeform, per vräkning, för personal och omkostnader, var och en "
     "med sin källa (se Antaganden och källor och Budget för insatserna).",
     "Cost per day by housing state, per eviction, for staff and overheads, each with its "
     "source (see Assumptions and sources and Budget for the options)."},
    {"a15",
     "Svenska kronor, tusental (tkr), i {price_year} års prisnivå; äldre priser omräknade med "
     "konsumentprisindex där källan anger det.",
     "Swedish kronor, thousands (tkr), at {price_year} prices; older prices converted with the "
     "consumer price index where the source says so."},
    {"a16",
     "Händelsestyrd simulering av bostadskedjan (hcsim {version}): varje hushåll följs mellan "
     "boendeformerna; personalen tar emot hushåll upp till sin ärendemängd och ändrar "
     "sannolikheter och tider för dem de har. Scenariofilen och dess kontrollsumma står under "
     "Om körningen.",
     "Discrete-event simulation of the housing chain (hcsim {version}): each household is "
     "followed between housing states; staff take households up to their caseload and change "
     "probabilities and times for those they hold. The scenario file and its checksum are "
     "under About the run."},
    {"a17",
     "Gemensamma slumptal i alla alternativ (samma hushåll); varje antagande med värde och "
     "källa under Antaganden och källor.",
     "Common random numbers in every option (the same households); every assumption with its "
     "value and source under Assumptions and sources."},
    {"a18", "Grupper av hushåll med egna sannolikheter och tider (se Antaganden och källor).",
     "Groups of households with their own probabilities and times (see Assumptions and "
     "sources)."},
    {"a20_psa",
     "Slumpvariation: 95\u00a0% konfidensintervall över {replications} simuleringar. "
     "Osäkerheten i antagandena: probabilistisk känslighetsanalys (se Osäkerhet och bemanning).",
     "Chance: 95% confidence intervals over {replications} simulations. Uncertainty of the "
     "assumptions: probabilistic sensitivity analysis (see Uncertainty and staffing)."},
    {"a20",
     "Slumpvariation: 95\u00a0% konfidensintervall över {replications} simuleringar. Ingen "
     "känslighetsanalys av antagandena i denna körning.",
     "Chance: 95% confidence intervals over {replications} simulations. No sensitivity "
     "analysis of the assumptions in this run."},
    {"a22", "Se Antaganden och källor: värde, enhet, osäkerhet och källa för varje parameter.",
     "See Assumptions and sources: value, unit, uncertainty and source of every parameter."},
    {"a23", "Se Sammanfattning och Skillnad mot nollalternativet.",
     "See Summary and Difference against the baseline."},
    {"a24_psa", "Se Osäkerhet och bemanning.", "See Uncertainty and staffing."},
    {"a24", "Ej tillämpligt: ingen känslighetsanalys i denna körning.",
     "Not applicable: no sensitivity analysis in this run."},
    {"a26",
     "Effekterna av personalens arbete är antaganden (se Antaganden och källor); modellen är "
     "prövad mot de siffror som finns under Modellen mot observerade siffror.",
     "The effects of the staff's work are assumptions (see Assumptions and sources); the model "
     "is checked against the figures under The model against observed figures."},
    {"a27", "Sökta medel: {applied}. Egen finansiering: {own}.",
     "Applied for from: {applied}. Own funding: {own}."},
    {"a28", "Inga angivna; analysen är gjord av den förvaltning som ansöker.",
     "None stated; the analysis is made by the department that applies."},
    {"none", "inga", "none"},
};

std::string w(std::string_view key, Language language) {
    return phrase(phrases, key, language);
}

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
