#pragma once
// report.html: one self-contained page (styles, data, the charting library and the code that
// configures it all inline; no network request). Each section is one function, so sections
// can be added (a tornado diagram, an acceptability curve) without touching the others.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/format.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hcsim::report {

// The charts a page draws: each figure's id and its data as JSON text, which the page's
// script turns into an ECharts option (kinds: "bars", "fan", "sankey"; see
// sim/report/web/report_charts.js).
class Charts {
public:
    // Records the chart and returns its <figure> markup.
    std::string figure(const std::string& id, std::string json, const std::string& caption,
                       const std::string& css_class = "chart");
    [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& specs() const noexcept {
        return specs_;
    }

private:
    std::vector<std::pair<std::string, std::string>> specs_;
};

// Colours of the options, in option order (the charts and the HTML legends share them).
[[nodiscard]] const std::vector<std::string>& option_palette();

using SectionWriter = std::function<std::string(const CompareFolder&, Language, Charts&)>;

// In reading order: summary, budget, costs, outcomes, differences, decisions, monthly states,
// flows, validation, assumptions, run manifest, CHEERS checklist.
[[nodiscard]] std::vector<SectionWriter> default_sections();

[[nodiscard]] std::string html_report(const CompareFolder& folder, Language language,
                                      const std::vector<SectionWriter>& sections);
[[nodiscard]] std::string html_report(const CompareFolder& folder, Language language);

// The summary a manager pastes into an application: one paragraph per option compared with
// the baseline, then one on method. Plain text (no markup).
[[nodiscard]] std::vector<std::string> summary_paragraphs(const CompareFolder& folder,
                                                          Language language);

// One sentence for the summary: how many observed figures the model was checked against and
// how many lie within its range (empty without validation.csv).
[[nodiscard]] std::string validation_sentence(const CompareFolder& folder, Language language);

// Do-nothing homelessness that changes by more than drift_threshold over the horizon: one
// sentence saying so, and whether an arrival trend the scenario states (assumptions.csv)
// explains it; empty below the threshold.
inline constexpr double drift_threshold = 0.15;
[[nodiscard]] std::string drift_sentence(const CompareFolder& folder, Language language);

// Each option's own costs (staff and fixed) per budget year in tkr, from budget.csv, else from
// yearly.csv's cost_staff_tkr + cost_fixed_tkr. Index 0 is year 1.
[[nodiscard]] std::vector<double> own_costs_by_year(const CompareFolder& folder,
                                                    const std::string& option);

// A budget year as the report names it: the calendar year ("2008") when the run had a start
// date, else "år 1" / "year 1". `year` is 1-based.
[[nodiscard]] std::string year_label(const CompareFolder& folder, std::size_t year,
                                     Language language);
// The simulated period in calendar months, "maj 2008–april 2011"; empty without a start date.
[[nodiscard]] std::string period_text(const CompareFolder& folder, Language language);
// A budget line in the application's words: its `title:`, else "Lönekostnad för 1,0
// årsarbetare <role>" / "Omkostnader: <item>".
[[nodiscard]] std::string budget_line_label(const analysis::BudgetLine& line, Language language);
// A staff role or fixed cost by the `title:` its budget line has in any option; empty if none.
[[nodiscard]] std::string item_title(const CompareFolder& folder, analysis::BudgetCategory category,
                                     std::string_view item);
// A cost line's own name (cost_breakdown.csv's category and item): the state for housing; a
// staff role's or fixed cost's budget `title:` where the scenario gives one (`titled`), else
// the role's name or the item's readable name; empty for events (one line for all of them).
struct CostLineName {
    std::string text;
    bool titled = false;
};
[[nodiscard]] CostLineName cost_line_name(const CompareFolder& folder, std::string_view category,
                                          std::string_view item, Language language);
// An option's budget split into the form's columns (tkr over all years).
struct FundingSplit {
    double own = 0.0;     // egen finansiering
    double applied = 0.0; // sökta medel
};
[[nodiscard]] FundingSplit funding_split(const CompareFolder& folder, const std::string& option);
// A `source:` text as a reader can look it up. In Swedish, every document the scenario's
// `sources:` table names is replaced by its reference and "assumption" reads "antagande"
// (e.g. "seed 003: Planeringsdag 40 tkr" -> "Hässelbys ansökan 2008, projektbudget"); an empty
// source is an assumption; a text that names no listed document is an assumption too when the
// scenario has a `sources:` table, else shown as written. English reports show the text as
// written.
[[nodiscard]] std::string cite(const CompareFolder& folder, const std::string& source,
                               Language language);
// A field of assumptions.csv as a reader names it (Swedish); English shows the path.
[[nodiscard]] std::string field_label(const CompareFolder& folder, const std::string& field,
                                      Language language);
// A unit of assumptions.csv ("households/year" -> "hushåll/år").
[[nodiscard]] std::string assumption_unit(std::string_view unit, Language language);
// A distribution as assumptions.csv describes it ("lognormal(median 0.6, p95 0.921)") in the
// report's language ("lognormalfördelning (median 0,6; 95:e percentil 0,921)").
[[nodiscard]] std::string uncertainty_label(const std::string& description, Language language);
// Where a budget line's amount comes from: its own `source:`, else the source recorded for the
// amount's field in assumptions.csv; empty when neither is known.
[[nodiscard]] std::string budget_source(const CompareFolder& folder,
                                        const analysis::BudgetLine& line);

// An option as the report names it: its `title:` from the scenario (manifest.json), else the
// translated or readable name (option_label). The baseline is "Nollalternativ (<its title>)".
[[nodiscard]] std::string option_title(const CompareFolder& folder, std::string_view option,
                                       Language language);
// A staff role as the report names it: its `title:` from the scenario (manifest.json), else
// its name in the report's language (role_label).
[[nodiscard]] std::string role_title(const CompareFolder& folder, std::string_view role,
                                     Language language);
// The baseline inside a sentence: "nollalternativet (teamet läggs ner)"; the baseline's
// `title:` says what it means in this scenario.
[[nodiscard]] std::string baseline_phrase(const CompareFolder& folder, Language language);

[[nodiscard]] std::string html_escape(std::string_view text);
// Code and JSON inside a <script> element, which must not close it early: "</script" becomes
// "<\/script" in code, and every "<" in JSON "\u003c".
[[nodiscard]] std::string script_safe(std::string_view code);
[[nodiscard]] std::string json_safe(std::string_view json);
// The opening of a table's scroll box: a named region that keyboard users can focus and scroll
// (WCAG 2.1.1; a wide table scrolls sideways on a narrow screen). Close it with "</div>".
[[nodiscard]] std::string table_wrap_open(const std::string& label);
// <section id="id"><h2>heading</h2>body</section>: the heading is escaped, the body is HTML.
[[nodiscard]] std::string html_section(const std::string& id, const std::string& heading,
                                       const std::string& body_html);
// Replaces each {name} in `pattern` by its value.
[[nodiscard]] std::string fill(std::string pattern,
                               const std::vector<std::pair<std::string, std::string>>& values);

// A metric as the report names it: the title of the scenario's indicator of that name
// (manifest.json), else metric_label.
[[nodiscard]] std::string metric_title(const CompareFolder& folder, std::string_view metric,
                                       Language language);

// A perspective of the cost-effectiveness analysis as the report names it ("Staden
// (stadsdelen och stadens centrala medel)").
[[nodiscard]] std::string perspective_title(analysis::Perspective perspective, Language language);

// The sections (each returns its HTML).
std::string section_summary(const CompareFolder& folder, Language language, Charts& charts);
// The application's own measures of success (`indicators:`; empty when it names none).
std::string section_indicators(const CompareFolder& folder, Language language, Charts& charts);
std::string section_budget(const CompareFolder& folder, Language language, Charts& charts);
std::string section_costs(const CompareFolder& folder, Language language, Charts& charts);
std::string section_outcomes(const CompareFolder& folder, Language language, Charts& charts);
std::string section_differences(const CompareFolder& folder, Language language, Charts& charts);
// Cost-effectiveness by perspective, the funder's figure and where the cost difference comes
// from (incremental.csv, funder.csv, cost_breakdown.csv; empty when absent).
std::string section_economics(const CompareFolder& folder, Language language, Charts& charts);
std::string section_contributions(const CompareFolder& folder, Language language, Charts& charts);
std::string section_timeseries(const CompareFolder& folder, Language language, Charts& charts);
std::string section_flows(const CompareFolder& folder, Language language, Charts& charts);
std::string section_assumptions(const CompareFolder& folder, Language language, Charts& charts);
// The model against figures observed in the district (validation.csv; empty when absent).
std::string section_validation(const CompareFolder& folder, Language language, Charts& charts);
std::string section_manifest(const CompareFolder& folder, Language language, Charts& charts);
// Appendix: the CHEERS 2022 reporting checklist, filled from the run.
std::string section_cheers(const CompareFolder& folder, Language language, Charts& charts);
// "Pröva själv": the reader's own what-if, run in the browser (whatif.json; empty without it).
std::string section_whatif(const CompareFolder& folder, Language language, Charts& charts);
// Uncertainty and staffing, from the sibling folders <folder>-psa and <folder>-sweep written
// by `hcsim psa` and `hcsim sweep` (empty when neither exists; docs/decisions.md).
std::string section_decisions(const CompareFolder& folder, Language language, Charts& charts);
// <folder><suffix> next to the compare folder, e.g. results/x -> results/x-psa.
[[nodiscard]] std::filesystem::path sibling_folder(const std::filesystem::path& folder,
                                                   const std::string& suffix);

} // namespace hcsim::report
