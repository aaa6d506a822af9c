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

constexpr Words w{"html_whatif"};

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
    for (const auto& p : w.phrases()) {
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
