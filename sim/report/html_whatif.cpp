// "Pröva själv": the report runs the simulation itself. The section carries the built models
// (whatif.json), the engine (the kernel, model and analysis compiled to WebAssembly,
// cmake/whatif_wasm.cmake) and its words; web/whatif.js builds the controls, runs the engine in
// a Web Worker and shows the reader's what-if beside the report's own figures.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace hcsim::report {

namespace embedded {
extern const std::string_view whatif_module_js; // empty: built without emscripten
extern const std::string_view whatif_page_js;
} // namespace embedded

namespace {

constexpr std::array phrases{
    Phrase{"heading", "Pröva själv", "Try it yourself"},
    Phrase{"intro",
           "Ändra antaganden och se vad som händer: hur många årsarbetare varje insats har, hur "
           "stora de antagna effekterna är, hur många nya hushåll som kommer, antalet platser, "
           "dygnskostnaden för de dyraste "
           "boendeformerna och hur många år som simuleras. Beräkningen görs av samma "
           "simuleringsmodell som resten av rapporten, här i webbläsaren; ingenting skickas "
           "någonstans. Dina resultat visas bredvid rapportens egna och gäller bara så länge "
           "sidan är öppen.",
           "Change the assumptions and see what happens: the staff of each option, the size of "
           "the assumed effects, how many new households come, the number of places, the daily "
           "cost of the costliest states "
           "and the years simulated. The same simulation model as the rest of the report runs "
           "here in the browser; nothing is sent anywhere. Your results are shown beside the "
           "report's own and last only while the page is open."},
    Phrase{"noscript", "Avsnittet behöver JavaScript. Rapportens övriga siffror gäller utan det.",
           "This section needs JavaScript. The rest of the report's figures hold without it."},
    Phrase{"not_built",
           "Den här rapporten skapades av en hcsim som byggts utan beräkningsmotorn för "
           "webbläsaren (Emscripten saknades), så avsnittet kan inte räkna här. Installera "
           "paketet emscripten, bygg om och skapa rapporten igen.",
           "This report was made by an hcsim built without the browser engine (Emscripten was "
           "missing), so this section cannot compute here. Install the emscripten package, "
           "rebuild and make the report again."},
    Phrase{"staff", "Årsarbetare", "Staff (FTE)"},
    Phrase{"effects", "Effekternas storlek, procent av de antagna",
           "Size of the effects, percent of those assumed"},
    Phrase{"effect_share", "Andel av de antagna effekterna", "Share of the assumed effects"},
    Phrase{"arrivals", "Inflöde till kedjan", "Arrivals into the chain"},
    Phrase{"arrivals_share", "Nya hushåll per år, procent av de antagna",
           "New households a year, percent of those assumed"},
    Phrase{"capacity", "Platser", "Places"},
    Phrase{"unit_cost", "Dygnskostnad, kr", "Cost per day, SEK"},
    Phrase{"horizon", "Simulerade år", "Years simulated"},
    Phrase{"replications", "Simuleringar per alternativ", "Runs per option"},
    Phrase{"reset", "Återställ rapportens antaganden", "Reset to the report's assumptions"},
    Phrase{"copy", "Kopiera kommandoraden", "Copy the command line"},
    Phrase{"copied", "Kopierat", "Copied"},
    Phrase{"command", "För den som kör hcsim: samma beräkning på kommandoraden",
           "For whoever runs hcsim: the same computation on the command line"},
    Phrase{"no_changes", "Inga ändringar ännu: rapportens egna antaganden gäller.",
           "No changes yet: the report's own assumptions hold."},
    Phrase{"loading", "Beräkningsmotorn startar …", "The engine is starting …"},
    Phrase{"running", "Räknar: {done} av {total} simuleringar", "Running: {done} of {total} runs"},
    Phrase{"done", "Klart: {runs} simuleringar per alternativ på {seconds} s.",
           "Done: {runs} runs per option in {seconds} s."},
    Phrase{"failed", "Beräkningen misslyckades: {message}", "The computation failed: {message}"},
    Phrase{"measure", "Utfall, skillnad mot {baseline}", "Outcome, difference from {baseline}"},
    Phrase{"report_figure", "Rapportens siffra", "The report's figure"},
    Phrase{"runs_note", "{runs} simuleringar", "{runs} runs"},
    Phrase{"your_figure", "Din beräkning", "Your what-if"},
    Phrase{"perspective_cost", "Kostnadsskillnad, {perspective} (tkr)",
           "Cost difference, {perspective} (SEK thousand)"},
    Phrase{"break_even",
           "Andel simuleringar där samhällets kostnader är lägre än i nollalternativet vid "
           "periodens slut",
           "Share of runs in which society's costs are below the baseline's by the end"},
    Phrase{"chart", "Kostnadsskillnad mot nollalternativet per betalare, tkr",
           "Cost difference from the baseline by payer, SEK thousand"},
    Phrase{"ci_note",
           "Inom hakparentes: 95 % konfidensintervall för simuleringens precision. Färre "
           "simuleringar ger bredare intervall.",
           "In brackets: the 95% confidence interval of the simulation's precision. Fewer runs "
           "give wider intervals."},
    Phrase{"all_options", "alla alternativ", "every option"},
};

std::string w(std::string_view key, Language language) {
    return phrase(phrases, key, language);
}

// The outcomes shown: the report's headline measures, then total cost and each payer's.
std::vector<std::string> shown_metrics(const CompareFolder& folder) {
    std::vector<std::string> metrics;
    auto add = [&](const std::string& metric) {
        if (folder.find_summary(folder.baseline(), metric) != nullptr &&
            std::find(metrics.begin(), metrics.end(), metric) == metrics.end()) {
            metrics.push_back(metric);
        }
    };
    // Total cost is the society perspective's, shown with the other perspectives.
    for (const auto* metric : {"evictions", "shelter_nights", "hotel_nights", "homeless_nights",
                               "households_to_own_lease"}) {
        add(metric);
    }
    for (const auto& row : folder.summary) {
        const auto& m = row.metric;
        if (row.option == folder.baseline() && m.starts_with("cost_") && m.ends_with("_tkr") &&
            m != "cost_total_tkr" && m != "cost_housing_tkr" && m != "cost_events_tkr" &&
            m != "cost_staff_tkr" && m != "cost_fixed_tkr" &&
            m != "cost_per_eviction_prevented_tkr") {
            add(m);
        }
    }
    return metrics;
}

std::string payer_of(const std::string& metric) {
    return metric.starts_with("cost_") && metric.ends_with("_tkr") && metric != "cost_total_tkr"
               ? metric.substr(5, metric.size() - 9)
               : std::string{};
}

nlohmann::json config(const CompareFolder& folder, Language language) {
    using nlohmann::json;
    const auto& model = *folder.whatif;
    json options = json::array();
    for (const auto& o : model.options) {
        options.push_back({{"name", o.name}, {"title", option_title(folder, o.name, language)}});
    }
    json metrics = json::array();
    json report = json::array();
    for (const auto& metric : shown_metrics(folder)) {
        const auto* row = folder.find_summary(folder.baseline(), metric);
        metrics.push_back({{"name", metric},
                           {"label", capitalised(metric_title(folder, metric, language))},
                           {"unit", unit_label(row->unit, language)},
                           {"payer", payer_of(metric)}});
        for (const auto& option : folder.options()) {
            if (const auto* d = folder.find_difference(option, metric)) {
                report.push_back({{"option", option},
                                  {"metric", metric},
                                  {"mean", d->ci.mean},
                                  {"ci_low", d->ci.low},
                                  {"ci_high", d->ci.high}});
            }
        }
    }
    // The report's own share paid back by the last year (break_even_years.csv, as the
    // economics section reads it).
    json break_even = json::object();
    if (const auto table = read_table(folder.files_folder() / "break_even_years.csv")) {
        for (std::size_t r = 0; r < table->rows(); ++r) {
            break_even[table->text(r, "option")] =
                table->number(r, "share_of_replications_paid_back");
        }
    }
    json perspectives = json::array();
    for (const auto p : analysis::all_perspectives) {
        perspectives.push_back({{"name", std::string(analysis::to_string(p))},
                                {"label", perspective_title(p, language)}});
    }
    json report_perspectives = json::array();
    if (const auto table = read_table(folder.files_folder() / "incremental.csv")) {
        for (std::size_t r = 0; r < table->rows(); ++r) {
            report_perspectives.push_back(
                {{"perspective", table->text(r, "perspective")},
                 {"option", table->text(r, "option")},
                 {"mean", table->number(r, "delta_cost_tkr")},
                 {"ci_low", table->number(r, "delta_cost_ci_low_tkr")},
                 {"ci_high", table->number(r, "delta_cost_ci_high_tkr")}});
        }
    }
    json fields = json::object();
    for (const auto& f : model.fields) {
        std::string label = field_label(folder, f.field, language);
        if (f.kind == whatif::FieldKind::staff_fte) {
            label = capitalised(role_label(f.name, language));
        } else if (f.kind == whatif::FieldKind::capacity) {
            label = capitalised(state_label(f.name, language));
        }
        fields[f.field] = label;
    }
    json words = json::object();
    for (const auto& p : phrases) {
        words[std::string(p.key)] = w(p.key, language);
    }
    words["measure"] =
        fill(w("measure", language), {{"baseline", baseline_phrase(folder, language)}});
    return {{"locale", language == Language::sv ? "sv-SE" : "en-GB"},
            {"seed", folder.manifest.seed},
            {"replications", std::min<std::size_t>(folder.manifest.replications, 100)},
            {"baseline", folder.baseline()},
            {"scenario", folder.manifest.scenario_path},
            {"options", options},
            {"metrics", metrics},
            {"report", report},
            {"report_break_even", break_even},
            {"perspectives", perspectives},
            {"report_perspectives", report_perspectives},
            {"report_replications", folder.manifest.replications},
            {"labels", fields},
            {"words", words}};
}

} // namespace

std::string section_whatif(const CompareFolder& folder, Language language, Charts&) {
    if (!folder.whatif || folder.options().size() < 2) {
        return {}; // one option (nothing to compare) or a folder written before whatif.json
    }
    if (embedded::whatif_module_js.empty()) {
        return html_section("whatif", w("heading", language),
                            "<p>" + html_escape(w("not_built", language)) + "</p>");
    }
    std::string body = "<p>" + html_escape(w("intro", language)) + "</p>\n<noscript><p>" +
                       html_escape(w("noscript", language)) + "</p></noscript>\n" +
                       "<div id=\"whatif-app\" hidden></div>\n";
    body += "<script type=\"application/json\" id=\"hcsim-whatif-config\">" +
            json_safe(config(folder, language).dump()) + "</script>\n";
    body += "<script type=\"application/json\" id=\"hcsim-whatif-model\">" +
            json_safe(whatif::to_json(*folder.whatif).dump()) + "</script>\n";
    // Not run on the page: the worker's source (web/whatif.js starts it from this text).
    body += "<script type=\"text/plain\" id=\"hcsim-whatif-engine\">" +
            script_safe(embedded::whatif_module_js) + "</script>\n";
    body += "<script>\n" + script_safe(embedded::whatif_page_js) + "\n</script>\n";
    return html_section("whatif", w("heading", language), body);
}

} // namespace hcsim::report
