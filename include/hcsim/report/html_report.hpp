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
// flows, validation, assumptions, run manifest.
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

// Where a budget line's amount comes from: its own `source:`, else the source recorded for the
// amount's field in assumptions.csv; empty when neither is known.
[[nodiscard]] std::string budget_source(const CompareFolder& folder,
                                        const analysis::BudgetLine& line);

// An option as the report names it: its `title:` from the scenario (manifest.json), else the
// translated or readable name (option_label).
[[nodiscard]] std::string option_title(const CompareFolder& folder, std::string_view option,
                                       Language language);

[[nodiscard]] std::string html_escape(std::string_view text);
// <section id="id"><h2>heading</h2>body</section>: the heading is escaped, the body is HTML.
[[nodiscard]] std::string html_section(const std::string& id, const std::string& heading,
                                       const std::string& body_html);
// Replaces each {name} in `pattern` by its value.
[[nodiscard]] std::string fill(std::string pattern,
                               const std::vector<std::pair<std::string, std::string>>& values);

// The sections (each returns its HTML).
std::string section_summary(const CompareFolder& folder, Language language, Charts& charts);
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
// Uncertainty and staffing, from the sibling folders <folder>-psa and <folder>-sweep written
// by `hcsim psa` and `hcsim sweep` (empty when neither exists; docs/decisions.md).
std::string section_decisions(const CompareFolder& folder, Language language, Charts& charts);
// <folder><suffix> next to the compare folder, e.g. results/x -> results/x-psa.
[[nodiscard]] std::filesystem::path sibling_folder(const std::filesystem::path& folder,
                                                   const std::string& suffix);

} // namespace hcsim::report
