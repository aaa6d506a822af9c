#include "hcsim/report/text.hpp"

#include <array>
#include <stdexcept>

namespace hcsim::report {

std::optional<std::string_view> translate(std::span<const Phrase> table, std::string_view key,
                                          Language language) {
    for (const Phrase& phrase : table) {
        if (phrase.key == key) {
            return language == Language::sv ? phrase.sv : phrase.en;
        }
    }
    return std::nullopt;
}

std::string phrase(std::span<const Phrase> table, std::string_view key, Language language) {
    if (const auto words = translate(table, key, language)) {
        return std::string(*words);
    }
    throw std::out_of_range("no phrase " + std::string(key));
}

namespace {

// Report phrases, metric names (metric:), units (unit:), states (state:), options (option:),
// payers (payer:) and budget items (item:).
constexpr std::array phrases{
    Phrase{"report_title", "Beslutsunderlag", "Decision support"},
    Phrase{"subtitle", "Simulering av bostadskedjan med hcsim",
           "Simulation of the housing chain with hcsim"},
    Phrase{"ci95", "95\u00a0%\u00a0KI", "95% CI"},
    Phrase{"to", "till", "to"},
    Phrase{"summary", "Sammanfattning", "Summary"},
    Phrase{"costs", "Kostnader", "Costs"},
    Phrase{"budget", "Budget för insatserna", "Budget for the options"},
    Phrase{"budget_intro",
           "Insatsens kostnader (lön och omkostnader) per budgetår i tkr, med ansökans tre "
           "kolumner: totalkostnad, egen finansiering och sökta medel, per rad och per betalare.",
           "The option's costs (salaries and overheads) per budget year in tkr, with the "
           "application's three columns: total cost, own funding and funds applied for, per line "
           "and per payer."},
    Phrase{"year_word", "år", "year"},
    Phrase{"own_funding", "Egen finansiering", "Own funding"},
    Phrase{"applied_funds", "Sökta medel", "Funds applied for"},
    Phrase{"subtotal", "Summa {payer}", "Subtotal, {payer}"},
    Phrase{"budget_missing",
           "budget.csv saknas i mappen (skriven av en äldre hcsim); kostnaderna per roll visas "
           "inte.",
           "budget.csv is missing from the folder (written by an older hcsim); costs by role are "
           "not shown."},
    Phrase{"no_budget", "Inga kostnader för insatsen.", "No costs of its own."},
    Phrase{"item", "Post", "Item"},
    Phrase{"payer", "Betalare", "Payer"},
    Phrase{"year", "År", "Year"},
    Phrase{"total", "Totalt", "Total"},
    Phrase{"total_cost", "Totalkostnad", "Total cost"},
    Phrase{"source", "Källa", "Source"},
    Phrase{"cost_by_category", "Kostnad per kategori och alternativ, hela perioden (tkr)",
           "Cost by category and option, whole period (tkr)"},
    Phrase{"outcomes", "Utfall per alternativ", "Outcomes by option"},
    Phrase{"outcomes_intro",
           "Medelvärde över simuleringarna med 95\u00a0% konfidensintervall, hela perioden.",
           "Mean over simulations with 95% confidence interval, whole period."},
    Phrase{"timeseries", "Hushåll per boendeform, månad för månad",
           "Households by housing state, month by month"},
    Phrase{"timeseries_intro",
           "Antal hushåll vid varje månads slut: linjen är medelvärdet, det skuggade bandet "
           "95\u00a0% konfidensintervallet.",
           "Households at each month end: the line is the mean, the shaded band the 95% "
           "confidence interval."},
    Phrase{"month", "Månad", "Month"},
    Phrase{"month_word", "månad", "month"},
    Phrase{"differences", "Skillnad mot nollalternativet", "Difference against the baseline"},
    Phrase{
        "differences_intro",
        "Parvisa skillnader mot {baseline} (samma hushåll och samma slump i båda), med 95\u00a0% "
        "konfidensintervall. Intervallen visar slumpvariationen i modellen, inte osäkerheten i "
        "de antagna effekterna (se Sammanfattning och Osäkerhet och bemanning).",
        "Paired differences against {baseline} (the same households and the same chance in "
        "both), with 95% confidence intervals. The intervals show the model's random variation, "
        "not the uncertainty of the assumed effects (see Summary and Uncertainty and "
        "staffing)."},
    Phrase{"difference", "Skillnad", "Difference"},
    Phrase{"flows", "Flöden genom kedjan", "Flows through the chain"},
    Phrase{"flows_intro",
           "Genomsnittligt antal flyttar mellan boendeformer under hela perioden: från vänster "
           "(varifrån) till höger (vart).",
           "Mean number of moves between housing states over the whole period: from the left "
           "(where from) to the right (where to)."},
    Phrase{"from", "från", "from"},
    Phrase{"assumptions", "Antaganden och källor", "Assumptions and sources"},
    Phrase{"assumptions_intro",
           "Varje parameter i scenariot med värde, enhet och källa. Där ingen källa finns är "
           "värdet ett antagande.",
           "Every parameter of the scenario with value, unit and source. Where there is no "
           "source the value is an assumption."},
    Phrase{"assumptions_missing",
           "assumptions.csv saknas i mappen: parametrarna och deras källor kan inte visas. "
           "Kör hcsim compare med en version som skriver filen.",
           "assumptions.csv is missing from the folder: the parameters and their sources cannot "
           "be shown. Run hcsim compare with a version that writes the file."},
    Phrase{"parameter", "Parameter", "Parameter"},
    Phrase{"value", "Värde", "Value"},
    Phrase{"unit", "Enhet", "Unit"},
    Phrase{"uncertainty", "Osäkerhet", "Uncertainty"},
    Phrase{"assumption", "antagande", "assumption"},
    Phrase{"where", "Var i filen", "Where in the file"},
    Phrase{"manifest", "Om körningen", "About the run"},
    Phrase{"version", "hcsim-version", "hcsim version"},
    Phrase{"scenario", "Scenariofil", "Scenario file"},
    Phrase{"scenario_hash", "Scenariots SHA-256", "Scenario SHA-256"},
    Phrase{"seed", "Slumpfrö", "Random seed"},
    Phrase{"replications", "Simuleringar per alternativ", "Replications per option"},
    Phrase{"replications_meta", "simuleringar per alternativ", "replications per option"},
    Phrase{"streams", "Slumptal", "Random numbers"},
    Phrase{"crn", "gemensamma slumptal (samma hushåll i alla alternativ)",
           "common random numbers (the same households in every option)"},
    Phrase{"independent", "oberoende slumptal per alternativ",
           "independent random numbers per option"},
    Phrase{"started", "Startad (UTC)", "Started (UTC)"},
    Phrase{"wall_time", "Körtid", "Wall time"},
    Phrase{"price_year", "Prisnivå", "Price level"},
    Phrase{"horizon", "Tidshorisont", "Horizon"},
    Phrase{"years", "år", "years"},
    Phrase{"months", "månader", "months"},
    Phrase{"option", "Alternativ", "Option"},
    Phrase{"mean", "Medelvärde", "Mean"},
    Phrase{"ci_low", "95\u00a0% KI nedre", "95% CI low"},
    Phrase{"ci_high", "95\u00a0% KI övre", "95% CI high"},
    Phrase{"metric", "Mått", "Measure"},
    Phrase{"metric_id", "Mått (id)", "Measure (id)"},
    Phrase{"state", "Boendeform", "Housing state"},
    Phrase{"category", "Kategori", "Category"},
    Phrase{"fte", "Årsarbetare", "FTE"},
    Phrase{"cost_tkr", "Kostnad (tkr)", "Cost (tkr)"},
    Phrase{"households", "Hushåll", "Households"},
    Phrase{"moves", "Flyttar", "Moves"},
    Phrase{"sheet_summary", "Sammanfattning", "Summary"},
    Phrase{"sheet_outcomes", "Utfall", "Outcomes"},
    Phrase{"sheet_differences", "Skillnader", "Differences"},
    Phrase{"sheet_roles", "Vad varje roll bidrar med", "What each role contributes"},
    Phrase{"role", "Roll", "Role"},
    Phrase{"role_id", "Roll (id)", "Role (id)"},
    Phrase{"role:all_roles", "Alla roller tillsammans", "All roles together"},
    Phrase{"role:interaction", "Samspel (helheten minus delarnas summa)",
           "Interaction (the whole minus the sum of the parts)"},
    Phrase{"sheet_costs", "Kostnader", "Costs"},
    Phrase{"sheet_budget", "Budget", "Budget"},
    Phrase{"sheet_monthly", "Månadsserier", "Monthly"},
    Phrase{"sheet_validation", "Validering", "Validation"},
    Phrase{"target", "Siffra", "Figure"},
    Phrase{"quantity", "Typ av mått", "Kind"},
    Phrase{"first_month", "Från månad", "First month"},
    Phrase{"last_month", "Till månad", "Last month"},
    Phrase{"observed", "Observerat", "Observed"},
    Phrase{"range_low", "Spann, 2,5\u00a0%", "Range, 2.5%"},
    Phrase{"range_high", "Spann, 97,5\u00a0%", "Range, 97.5%"},
    Phrase{"within_range", "Inom spannet", "Within range"},
    Phrase{"title", "Benämning", "Title"},
    Phrase{"funding", "Finansiering", "Funding"},
    Phrase{"calibrate_min", "Kalibrering, lägsta", "calibrate_min"},
    Phrase{"calibrate_max", "Kalibrering, högsta", "calibrate_max"},
    Phrase{"yes", "ja", "yes"},
    Phrase{"no", "nej", "no"},
    Phrase{"quantity:stock", "hushåll vid månadens slut", "stock"},
    Phrase{"quantity:evictions", "vräkningar", "evictions"},
    Phrase{"quantity:entries", "inflöde", "entries"},
    Phrase{"quantity:present", "hushåll där under perioden", "present"},
    Phrase{"target_kind", "Typ", "Type"},
    Phrase{"target_kind:independent", "oberoende", "independent"},
    Phrase{"target_kind:input_check", "indatakontroll", "input check"},
    Phrase{"sheet_assumptions", "Antaganden", "Assumptions"},
    Phrase{"sheet_run", "Körning", "Run"},
    Phrase{"generated_by", "Skapad av hcsim", "Made by hcsim"},
    Phrase{"summary_costs", "{option}: insatsens kostnader (lön och omkostnader) {detail}.",
           "{option}: costs of the option (salaries and overheads) {detail}."},
    Phrase{"summary_funding", "varav sökta medel {applied} och egen finansiering {own}",
           "of which {applied} applied for and {own} own funding"},
    Phrase{"summary_effect",
           "Jämfört med {baseline} ger det under {years} år: {effects}. Den totala kostnaden "
           "för alla betalare ändras med {total}.",
           "Against {baseline}, over {years} years: {effects}. The total cost for all payers "
           "changes by {total}."},
    Phrase{"summary_method",
           "Jämförelserna med nollalternativet är medelvärden av {replications} simuleringar per "
           "alternativ med de antagna effekterna; kostnader i tkr i {price_year} års prisnivå.",
           "The comparisons with the baseline are means of {replications} simulations per option "
           "with the assumed effects; costs in tkr at {price_year} prices."},
    Phrase{"not_affected", "påverkas inte", "not affected"},
    Phrase{"per_year_in", "år {year}", "in year {year}"},
    Phrase{"per_calendar_year_in", "år {year}", "in {year}"},
    Phrase{"effect_evictions", "vräkningar {value}", "evictions {value}"},
    Phrase{"effect_evictions_children", "vräkningar av barnfamiljer {value}",
           "evictions of families with children {value}"},
    Phrase{"effect_shelter", "nätter på härbärge {value}", "shelter nights {value}"},
    Phrase{"effect_hotel", "nätter på hotell/vandrarhem {value}", "hotel/hostel nights {value}"},
    Phrase{"effect_lease", "flyttar till eget kontrakt {value}", "moves into an own lease {value}"},
    Phrase{"effect_lease_end",
           "hushåll med eget kontrakt vid periodens slut (behållet eller nytt) {value}",
           "households with their own lease at the end (kept or new) {value}"},
    Phrase{"staff_line", "Lönekostnad för {fte} årsarbetare {role}",
           "Salary cost of {fte} FTE {role}"},
    Phrase{"fixed_line", "Omkostnader: {item}", "Overheads: {item}"},
    Phrase{"chart_missing", "Diagrammet kunde inte ritas.", "The chart could not be drawn."},

    Phrase{"metric:evictions", "Vräkningar", "Evictions"},
    Phrase{"metric:evictions_with_children", "Vräkningar av barnfamiljer",
           "Evictions of families with children"},
    Phrase{"metric:children_evicted",
           "Barn som berörs av vräkning (uppskattat utifrån antaget antal barn per familj)",
           "Children evicted (estimated from an assumed number of children per family)"},
    Phrase{"metric:households_to_own_lease", "Flyttar till eget kontrakt",
           "Moves into an own lease"},
    Phrase{"metric:households_with_own_lease_end",
           "Hushåll med eget kontrakt vid periodens slut (behållet eller nytt)",
           "Households with their own lease at the end (kept or new)"},
    Phrase{"metric:no_evictions_with_children", "Andel simuleringar utan vräkt barnfamilj",
           "Share of simulations with no family evicted"},
    Phrase{"group:adult", "vuxna", "adults"},
    Phrase{"group:young_adult", "unga vuxna", "young adults"},
    Phrase{"group:family_with_children", "barnfamiljer", "families with children"},
    Phrase{"group:elderly", "äldre", "elderly"},
    Phrase{"group:complex_needs", "personer med sammansatta behov", "people with complex needs"},
    Phrase{"metric:homeless_nights", "Dygn i hemlöshet (akut och i stadigvarande boendelösningar)",
           "Homeless nights (acute and in long-term housing solutions)"},
    Phrase{"metric:homeless_households_start", "Hemlösa hushåll vid periodens början",
           "Homeless households at the start"},
    Phrase{"metric:homeless_households_end", "Hemlösa hushåll vid periodens slut",
           "Homeless households at the end"},
    Phrase{"metric:mean_days_homeless_to_own_lease", "Dagar från hemlöshet till eget kontrakt",
           "Days from homeless to own lease"},
    Phrase{"metric:flat_queue_wait_days", "Genomsnittlig väntetid på plats (alla inflyttningar)",
           "Mean wait for a place (all admissions)"},
    Phrase{"metric:staff_utilisation", "Andel använda ärendeplatser", "Staff utilisation"},
    Phrase{"metric:staff_households_served", "Hushåll som fått stöd", "Households served"},
    Phrase{"metric:staff_referrals_unreached", "Ej nådda hushåll", "Referrals not reached"},
    Phrase{"metric:staff_referrals_gave_up", "Hushåll som inte fick plats",
           "Referrals that gave up waiting"},
    Phrase{"metric:cost_housing_tkr", "Boendekostnad", "Housing cost"},
    Phrase{"metric:cost_events_tkr", "Kostnader vid vräkning (hyresvärd, Kronofogden)",
           "Costs at eviction (landlord, enforcement fees)"},
    Phrase{"metric:cost_staff_tkr", "Lönekostnad", "Staff cost"},
    Phrase{"metric:cost_fixed_tkr", "Omkostnader", "Overheads"},
    Phrase{"metric:cost_total_tkr", "Total kostnad", "Total cost"},
    Phrase{"metric:cost_per_eviction_prevented_tkr", "Kostnad per förhindrad vräkning",
           "Cost per eviction prevented"},
    Phrase{"metric:net_cost_per_household_housed_tkr", "Nettokostnad per hushåll i eget kontrakt",
           "Net cost per household housed"},
    Phrase{"metric:break_even_year", "År då insatsen har betalat sig", "Break-even year"},

    Phrase{"unit:households", "hushåll", "households"},
    Phrase{"unit:children", "barn", "children"},
    Phrase{"unit:household-nights", "nätter", "nights"},
    Phrase{"unit:days", "dagar", "days"},
    Phrase{"unit:share", "andel", "share"},
    Phrase{"unit:tkr", "tkr", "tkr"},
    Phrase{"unit:year", "år", "year"},
    Phrase{"unit:SEK/day", "kr/dygn", "SEK/day"},
    Phrase{"unit:per year", "per år", "per year"},
    Phrase{"unit:FTE", "årsarbetare", "FTE"},
    Phrase{"unit:households/FTE-year", "hushåll per årsarbetare och år", "households/FTE-year"},

    Phrase{"state:own_lease", "Eget kontrakt", "Own lease"},
    Phrase{"state:at_risk", "Hotad av vräkning", "At risk of eviction"},
    Phrase{"state:insecure_housing", "Osäkert boende", "Insecure housing"},
    Phrase{"state:shelter", "Härbärge", "Shelter"},
    Phrase{"state:hotel", "Hotell/vandrarhem", "Hotel/hostel"},
    Phrase{"state:emergency_flat", "Jourlägenhet", "Emergency flat"},
    Phrase{"state:supported_housing", "Stödboende", "Supported housing"},
    Phrase{"state:own_supported_housing", "Eget stödboende", "Own supported housing"},
    Phrase{"state:bought_supported_housing", "Köpt stödboende", "Bought supported housing"},
    Phrase{"state:training_flat", "Träningslägenhet", "Training flat"},
    Phrase{"state:trial_flat", "Försökslägenhet", "Trial flat"},
    Phrase{"state:shis_flat", "SHIS-lägenhet", "SHIS flat"},
    Phrase{"state:left_area", "Lämnat stadsdelen", "Left the district"},

    Phrase{"baseline", "Nollalternativ", "Baseline"},
    Phrase{"baseline_default", "nuvarande arbetssätt", "usual care"},
    Phrase{"role:housing_team", "boendeteam", "housing team"},
    Phrase{"role:prestudy_staff", "förstudiens projektmedarbetare", "pre-study staff"},
    Phrase{"role:manager_support", "chefsstöd", "manager support"},
    Phrase{"role:hemloshetssamordnare", "hemlöshetssamordnare", "homelessness coordinators"},
    Phrase{"role:case_manager", "case manager/uppsökare", "case manager"},
    Phrase{"role:drop_in", "drop-in-rådgivning", "drop-in advice"},
    Phrase{"payer:district", "stadsdelen", "the district"},
    Phrase{"payer:city_central_reserve", "stadens centrala medel", "the city's central reserve"},
    Phrase{"payer:landlord", "hyresvärden", "the landlord"},
    Phrase{"payer:tenant", "hyresgästen", "the tenant"},
    Phrase{"payer:socialstyrelsen", "Socialstyrelsen", "the National Board of Health and Welfare"},
};

std::string lookup_or(std::string_view key, Language language, std::string_view fallback) {
    return std::string(translate(phrases, key, language).value_or(fallback));
}

std::string prefixed(std::string_view prefix, std::string_view name, Language language) {
    return lookup_or(std::string(prefix) + std::string(name), language, readable_name(name));
}

} // namespace

std::string_view text(std::string_view key, Language language) {
    if (const auto words = translate(phrases, key, language)) {
        return *words;
    }
    throw std::out_of_range("no report phrase '" + std::string(key) + "'");
}

std::string readable_name(std::string_view name) {
    std::string out(name);
    for (char& c : out) {
        c = c == '_' ? ' ' : c;
    }
    return out;
}

std::string unit_label(std::string_view unit, Language language) {
    return unit.empty() ? "" : lookup_or("unit:" + std::string(unit), language, unit);
}

std::string metric_label(std::string_view metric, Language language) {
    if (metric.starts_with("evictions_of_")) {
        const std::string group(metric.substr(13));
        return lookup_or("metric:" + std::string(metric), language,
                         (language == Language::sv ? "Vräkningar: " : "Evictions: ") +
                             prefixed("group:", group, language));
    }
    if (metric.ends_with("_nights") && !metric.starts_with("homeless")) {
        const std::string state(metric.substr(0, metric.size() - 7));
        const std::string nights = language == Language::sv ? "Nätter: " : "Nights: ";
        return lookup_or("metric:" + std::string(metric), language,
                         nights + state_label(state, language));
    }
    if (metric.starts_with("cost_") && metric.ends_with("_tkr")) {
        const std::string payer(metric.substr(5, metric.size() - 9));
        const std::string paid_by = language == Language::sv ? "Kostnad för " : "Cost to ";
        return lookup_or("metric:" + std::string(metric), language,
                         paid_by + payer_label(payer, language));
    }
    return prefixed("metric:", metric, language);
}

std::string state_label(std::string_view state, Language language) {
    return prefixed("state:", state, language);
}

std::string option_label(std::string_view option, Language language) {
    return prefixed("option:", option, language);
}

std::string payer_label(std::string_view payer, Language language) {
    return prefixed("payer:", payer, language);
}

std::string role_label(std::string_view role, Language language) {
    return prefixed("role:", role, language);
}

std::string staff_line_label(std::string_view role, double fte, Language language) {
    std::string out(text("staff_line", language));
    out.replace(out.find("{fte}"), 5, format_number(fte, 1, language));
    out.replace(out.find("{role}"), 6, role_label(role, language));
    return out;
}

std::string fixed_line_label(std::string_view item, Language language) {
    std::string out(text("fixed_line", language));
    out.replace(out.find("{item}"), 6, readable_name(item));
    return out;
}

} // namespace hcsim::report
