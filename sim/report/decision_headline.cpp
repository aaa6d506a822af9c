#include "hcsim/report/decision_headline.hpp"

#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <cmath>

namespace hcsim::report {

namespace fs = std::filesystem;

namespace {

constexpr Words words{"decision_headline"};

std::string percent(double share, Language language) {
    return format_number(100.0 * share, 0, language) + std::string(no_break_space) + "%";
}

// A share of simulations: one decimal where whole percents would read 0 % or 100 % for
// something that did happen in some of them (1 in 200 is "0,5 %", not "0 %").
std::string share_of_runs(double share, Language language) {
    const std::string whole = format_number(100.0 * share, 0, language);
    const bool hides = (share > 0.0 && whole == format_number(0.0, 0, language)) ||
                       (share < 1.0 && whole == format_number(100.0, 0, language));
    return (hides ? format_number(100.0 * share, 1, language) : whole) +
           std::string(no_break_space) + "%";
}

std::string percent_with_error(double share, double se, Language language) {
    return percent(share, language) + " (±" + format_number(100.0 * se, 0, language) + ")";
}

std::string tkr(double value, Language language) {
    return format_number(value, 0, language) + std::string(no_break_space) + "tkr";
}

// A difference: "+1 642 tkr", "−6 833 tkr".
std::string signed_tkr(double value, Language language) {
    const std::string text = tkr(value, language);
    return value > 0.0 && text != tkr(0.0, language) ? "+" + text : text;
}

std::string count(double value, Language language) {
    return format_number(value, 1, language);
}

std::optional<double> number_or_none(const CsvTable& t, std::size_t r, const std::string& column) {
    if (!t.has_column(column)) {
        return std::nullopt;
    }
    const double value = t.number(r, column);
    return std::isnan(value) ? std::nullopt : std::optional<double>(value);
}

} // namespace

fs::path psa_folder_of(const CompareFolder& folder) {
    if (fs::exists(folder.files_folder() / "psa_summary.csv")) {
        return folder.files_folder();
    }
    const auto sibling = sibling_folder(folder.path, "-psa");
    if (fs::exists(sibling / "psa_summary.csv")) {
        return sibling;
    }
    return {};
}

DecisionHeadline read_decision_headline(const CompareFolder& folder) {
    DecisionHeadline out;
    if (const auto status = read_table(folder.files_folder() / "psa_status.csv");
        status && status->rows() > 0) {
        out.status = status->text(0, "status");
        out.replications = static_cast<std::size_t>(status->number(0, "replications"));
        out.uncertain_parameters =
            static_cast<std::size_t>(status->number(0, "uncertain_parameters"));
    }
    out.psa_folder = psa_folder_of(folder);
    if (!out.psa_folder.empty() && out.psa_folder != folder.files_folder()) {
        out.status = "ran"; // the sibling folder of `hcsim psa`
        if (const auto status = read_table(out.psa_folder / "psa_status.csv");
            status && status->rows() > 0) {
            out.replications = static_cast<std::size_t>(status->number(0, "replications"));
            out.uncertain_parameters =
                static_cast<std::size_t>(status->number(0, "uncertain_parameters"));
        }
    }
    const auto summary =
        out.psa_folder.empty() ? std::nullopt : read_table(out.psa_folder / "psa_summary.csv");
    const auto break_even =
        out.psa_folder.empty() ? std::nullopt : read_table(out.psa_folder / "break_even.csv");
    for (const auto& option : folder.options()) {
        if (option == folder.baseline()) {
            continue;
        }
        OptionHeadline h;
        h.option = option;
        for (const auto& line : folder.budget) {
            if (line.option != option) {
                continue;
            }
            auto found = std::find_if(h.funds.begin(), h.funds.end(),
                                      [&](const auto& f) { return f.first == line.payer; });
            if (found == h.funds.end()) {
                h.funds.emplace_back(line.payer, 0.0);
                found = h.funds.end() - 1;
            }
            found->second += line.tkr;
        }
        if (const auto* d = folder.find_summary(option, "evictions_with_children")) {
            h.families_evicted = d->ci.mean;
        }
        if (const auto* d = folder.find_summary(folder.baseline(), "evictions_with_children")) {
            h.families_evicted_baseline = d->ci.mean;
        }
        if (const auto* d = folder.find_summary(option, "no_evictions_with_children")) {
            h.no_family_evicted = d->ci.mean;
        }
        for (std::size_t r = 0; summary && r < summary->rows(); ++r) {
            if (summary->text(r, "option") != option || !summary->has_column("perspective")) {
                continue;
            }
            out.draws = static_cast<std::size_t>(summary->number(r, "draws"));
            const std::string perspective = summary->text(r, "perspective");
            const RangeOverDraws cost{summary->number(r, "delta_cost_median_tkr"),
                                      summary->number(r, "delta_cost_p05_tkr"),
                                      summary->number(r, "delta_cost_p95_tkr"),
                                      summary->number(r, "mc_se_delta_cost_median_tkr")};
            if (perspective == "city") {
                h.cost_city = cost;
                h.p_saves_city = summary->number(r, "probability_saves_money");
                h.p_saves_city_se = summary->number(r, "mc_se_probability_saves_money");
            } else if (perspective == "society") {
                h.cost_society = cost;
                h.p_saves_society = summary->number(r, "probability_saves_money");
                h.p_saves_society_se = summary->number(r, "mc_se_probability_saves_money");
                h.p_prevents = summary->number(r, "probability_prevents_an_eviction");
                h.p_prevents_se = summary->number(r, "mc_se_probability_prevents_an_eviction");
                h.prevented = {summary->number(r, "evictions_prevented_median"),
                               summary->number(r, "evictions_prevented_p05"),
                               summary->number(r, "evictions_prevented_p95"),
                               summary->number(r, "mc_se_evictions_prevented_median")};
                h.inner_se_tkr = summary->number(r, "inner_se_delta_cost_tkr");
            }
        }
        for (std::size_t r = 0; break_even && r < break_even->rows(); ++r) {
            if (break_even->text(r, "option") != option || !break_even->has_column("perspective")) {
                continue;
            }
            const std::string perspective = break_even->text(r, "perspective");
            const auto k = number_or_none(*break_even, r, "effect_multiplier_break_even");
            h.searched_up_to = break_even->number(r, "multiplier_searched_up_to");
            if (perspective == "city") {
                h.break_even_city = k;
                h.half_cost_city = number_or_none(*break_even, r, "half_effect_delta_cost_tkr");
                h.half_prevented =
                    number_or_none(*break_even, r, "half_effect_evictions_prevented");
            } else if (perspective == "society") {
                h.break_even_society = k;
                h.half_cost_society = number_or_none(*break_even, r, "half_effect_delta_cost_tkr");
            }
        }
        out.options.push_back(std::move(h));
    }
    if (const auto evppi =
            out.psa_folder.empty() ? std::nullopt : read_table(out.psa_folder / "evppi.csv")) {
        for (std::size_t r = 0; r < evppi->rows(); ++r) {
            if (evppi->text(r, "perspective") != "city" ||
                evppi->number(r, "value_per_eviction_prevented_tkr") != 0.0) {
                continue;
            }
            const std::string group = evppi->text(r, "group");
            out.evpi_city = evppi->number(r, "evpi_tkr");
            out.horizon_years = static_cast<std::size_t>(evppi->number(r, "horizon_years"));
            const bool all_roles = group == "effects: every role";
            if (all_roles || (group.rfind("effects: ", 0) == 0 && !out.evppi_effects_city)) {
                out.evppi_effects_city = evppi->number(r, "evppi_tkr");
            }
        }
    }
    if (out.status == "ran" && out.draws == 0) {
        out.status = "absent"; // a PSA folder from an older hcsim, without perspectives
    }
    return out;
}

std::vector<std::string> headline_paragraphs(const CompareFolder& folder,
                                             const DecisionHeadline& headline, Language language) {
    std::vector<std::string> paragraphs;
    const bool ran = headline.status == "ran";
    for (const auto& h : headline.options) {
        const std::string title = option_title(folder, h.option, language);
        std::string list;
        for (const auto& [payer, amount] : h.funds) {
            list +=
                (list.empty() ? "" : words("and", language)) +
                fill(words(payer == "district" ? "fund_own" : "fund_from", language),
                     {{"amount", tkr(amount, language)}, {"payer", payer_label(payer, language)}});
        }
        std::string p = list.empty()
                            ? fill(words("no_funds", language), {{"option", title}})
                            : fill(words("funds", language), {{"option", title}, {"list", list}});
        if (ran) {
            if (h.searched_up_to > 0.0) {
                if (h.break_even_city) {
                    const std::string society =
                        h.break_even_society
                            ? percent(*h.break_even_society, language)
                            : fill(words("not_reached", language),
                                   {{"share", percent(h.searched_up_to, language)}});
                    p += fill(
                        words("break_even", language),
                        {{"share", percent(*h.break_even_city, language)}, {"society", society}});
                } else {
                    p += fill(words("no_break_even", language),
                              {{"share", percent(h.searched_up_to, language)}});
                }
            }
            p += fill(
                words("probabilities", language),
                {{"city", percent_with_error(h.p_saves_city, h.p_saves_city_se, language)},
                 {"society", percent_with_error(h.p_saves_society, h.p_saves_society_se, language)},
                 {"prevents", percent_with_error(h.p_prevents, h.p_prevents_se, language)}});
            p += fill(words("ranges", language),
                      {{"prevented", count(h.prevented.median, language)},
                       {"prevented_low", count(h.prevented.p05, language)},
                       {"prevented_high", count(h.prevented.p95, language)},
                       {"city", signed_tkr(h.cost_city.median, language)},
                       {"city_low", signed_tkr(h.cost_city.p05, language)},
                       {"city_high", signed_tkr(h.cost_city.p95, language)},
                       {"society", signed_tkr(h.cost_society.median, language)},
                       {"society_low", signed_tkr(h.cost_society.p05, language)},
                       {"society_high", signed_tkr(h.cost_society.p95, language)}});
            if (h.half_cost_city && h.half_prevented) {
                p += fill(words("sceptical", language),
                          {{"prevented", count(*h.half_prevented, language)},
                           {"city", signed_tkr(*h.half_cost_city, language)}});
            }
        }
        if (h.families_evicted > 0.0 || h.families_evicted_baseline > 0.0) {
            p += fill(words("families", language),
                      {{"option", count(h.families_evicted, language)},
                       {"baseline", count(h.families_evicted_baseline, language)},
                       {"share", share_of_runs(h.no_family_evicted, language)}});
        }
        paragraphs.push_back(p);
    }
    if (ran) {
        double inner = 0.0;
        for (const auto& h : headline.options) {
            inner = std::max(inner, h.inner_se_tkr);
        }
        std::string method = fill(words("method_ran", language),
                                  {{"draws", std::to_string(headline.draws)},
                                   {"parameters", std::to_string(headline.uncertain_parameters)},
                                   {"replications", std::to_string(headline.replications)},
                                   {"inner", tkr(inner, language)}});
        if (headline.evpi_city && headline.evppi_effects_city) {
            method += fill(words("information", language),
                           {{"effects", tkr(*headline.evppi_effects_city, language)},
                            {"years", std::to_string(headline.horizon_years)},
                            {"all", tkr(*headline.evpi_city, language)}});
        }
        paragraphs.push_back(method);
    } else if (headline.status == "nothing_uncertain") {
        paragraphs.push_back(words("nothing_uncertain", language));
    } else {
        paragraphs.push_back(words("not_requested", language));
    }
    return paragraphs;
}

} // namespace hcsim::report
