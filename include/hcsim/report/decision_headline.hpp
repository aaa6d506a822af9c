#pragma once
// What a decision rests on, read back from a compare folder: per option the applied funds,
// the break-even share of the assumed effects, the probabilities and ranges over the
// assumptions' uncertainty (from the folder's own psa_summary.csv, written by compare --report,
// else from the sibling <folder>-psa), and the sceptical reading (every effect half as large).
// The report's summary, the workbook's first sheet and the tests use it.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/format.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::report {

struct RangeOverDraws {
    double median = 0.0;
    double p05 = 0.0;
    double p95 = 0.0;
    double median_mc_se = 0.0;
};

struct OptionHeadline {
    std::string option;
    std::vector<std::pair<std::string, double>> funds; // payer (not the district) -> tkr
    std::optional<double> break_even_city;             // share of the assumed effects
    std::optional<double> break_even_society;
    double searched_up_to = 0.0; // break-even search range; 0 when not searched
    double p_saves_city = 0.0, p_saves_city_se = 0.0;
    double p_saves_society = 0.0, p_saves_society_se = 0.0;
    double p_prevents = 0.0, p_prevents_se = 0.0;
    RangeOverDraws prevented, cost_city, cost_society;
    std::optional<double> half_cost_city, half_cost_society, half_prevented;
    double inner_se_tkr = 0.0;
    // From the compare itself (mean over replications): families with children evicted, in
    // the option and the baseline, and the share of replications with none.
    double families_evicted = 0.0, families_evicted_baseline = 0.0, no_family_evicted = 0.0;
};

struct DecisionHeadline {
    // "ran", "not_requested" (--draws 0), "nothing_uncertain", or "absent" (an older folder).
    std::string status = "absent";
    std::size_t draws = 0;
    std::size_t replications = 0;
    std::size_t uncertain_parameters = 0;
    std::filesystem::path psa_folder; // where the PSA files were read from
    std::vector<OptionHeadline> options;
    // Value of information at 0 tkr per eviction, city perspective (evppi.csv): of knowing
    // every assumption, and of knowing the staff effects (all roles; or the one role).
    std::optional<double> evpi_city;
    std::optional<double> evppi_effects_city;
    std::size_t horizon_years = 0;
};

// The folder holding the PSA files for the headline: the compare folder itself when it has
// psa_summary.csv, else <folder>-psa when that has; empty when neither.
[[nodiscard]] std::filesystem::path psa_folder_of(const CompareFolder& folder);

[[nodiscard]] DecisionHeadline read_decision_headline(const CompareFolder& folder);

// The headline paragraphs, one per option, then one on what the figures rest on. Plain text.
[[nodiscard]] std::vector<std::string> headline_paragraphs(const CompareFolder& folder,
                                                           const DecisionHeadline& headline,
                                                           Language language);

} // namespace hcsim::report
