#include "cli_psa_run.hpp"

#include "hcsim/analysis/budget.hpp"
#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/writers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace hcsim::cli {

namespace {

bool has_suffix(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A staff effect's field, options.<option>.staff.<role>.effects[<i>].<kind>, named by the
// state and exit it acts on ("bosamordnare: at_risk -> evicted (relative risk)"); other
// fields keep their path without the "options.<option>." prefix. The i-th YAML effect is the
// pool's i-th StaffEffect (build_staff keeps the order).
std::string readable_label(const scenario::Scenario& s, const std::string& field) {
    const std::string options_prefix = "options.";
    if (field.rfind(options_prefix, 0) != 0) {
        return field;
    }
    const auto option_end = field.find('.', options_prefix.size());
    const std::string option =
        field.substr(options_prefix.size(), option_end - options_prefix.size());
    const std::string rest = option_end == std::string::npos ? field : field.substr(option_end + 1);
    const std::string staff_prefix = "staff.";
    const auto effects_at = rest.find(".effects[");
    if (!s.has_option(option) || rest.rfind(staff_prefix, 0) != 0) {
        return rest;
    }
    if (effects_at == std::string::npos) { // staff.<role>.<field> -> "<role> <field>"
        std::string label = rest.substr(staff_prefix.size());
        if (const auto dot = label.find('.'); dot != std::string::npos) {
            label[dot] = ' ';
        }
        return label;
    }
    const std::string role = rest.substr(staff_prefix.size(), effects_at - staff_prefix.size());
    const auto index_end = rest.find(']', effects_at);
    const std::size_t index = std::stoul(rest.substr(effects_at + 9, index_end - effects_at - 9));
    const std::string kind = has_suffix(rest, ".delay_factor") ? "delay factor" : "relative risk";
    const auto& spec = s.option(option).spec;
    for (const auto& pool : spec.staff) {
        if (pool.role == role && index < pool.effects.size()) {
            const auto& effect = pool.effects[index];
            return role + ": " + spec.states[effect.state].name + " -> " +
                   spec.exits[effect.state][effect.exit].name + " (" + kind + ")";
        }
    }
    return rest;
}

std::string money(double tkr) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%+.0f tkr", tkr == 0.0 ? 0.0 : tkr);
    return buffer;
}

std::string percent(const analysis::McEstimate& share) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.0f%% (±%.0f)", 100.0 * share.value,
                  100.0 * share.mc_se);
    return buffer;
}

const analysis::PsaOptionSummary* summary_of(const DecisionResult& r, const std::string& option,
                                             analysis::Perspective perspective) {
    for (const auto& s : r.summary) {
        if (s.option == option && s.perspective == perspective) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace

bool is_staff_effect(const std::string& field) {
    return field.rfind("options.", 0) == 0 && field.find(".effects[") != std::string::npos &&
           (has_suffix(field, ".relative_risk") || has_suffix(field, ".delay_factor"));
}

std::vector<analysis::UncertainInput> uncertain_inputs(const scenario::Scenario& s) {
    std::vector<analysis::UncertainInput> inputs;
    for (const auto& site : s.parameters) {
        if (site.uncertainty) {
            const scenario::Uncertainty u = *site.uncertainty;
            inputs.push_back({site.field, site.value, [u](double p) { return u.quantile(p); },
                              readable_label(s, site.field)});
        }
    }
    return inputs;
}

std::vector<analysis::EffectField> effect_fields(const scenario::Scenario& s) {
    std::vector<analysis::EffectField> effects;
    for (const auto& site : s.parameters) {
        if (is_staff_effect(site.field)) {
            effects.push_back({site.field, site.value, site.allowed_min, site.allowed_max});
        }
    }
    return effects;
}

DecisionResult run_decision_analysis(const scenario::Scenario& nominal, const DecisionRun& run) {
    const auto inputs = uncertain_inputs(nominal);
    const analysis::ScenarioFactory factory = [&](const analysis::Overrides& overrides) {
        analysis::Overrides all = run.fixed;
        for (const auto& [field, value] : overrides) {
            all[field] = value;
        }
        return scenario::load_scenario(run.file, all);
    };
    analysis::PsaSettings settings;
    settings.draws = run.draws;
    settings.baseline = run.baseline;
    settings.inner.replications = run.replications;
    settings.inner.seed = run.seed;
    settings.inner.threads = run.threads;
    settings.inner.executor = run.executor;
    settings.common_streams_across_draws = !run.independent_draws;
    settings.progress = run.progress;
    DecisionResult result;
    result.psa = analysis::run_psa(factory, inputs, settings);
    result.summary = analysis::summarise_psa(result.psa, run.seed);
    analysis::RunSettings one_way = settings.inner;
    one_way.replications = run.one_way_replications;
    one_way.progress = nullptr;
    if (run.tornado_and_drivers) {
        result.bars = analysis::tornado(factory, inputs, one_way, run.baseline);
        result.drivers = analysis::rank_drivers(result.psa);
    }
    const auto effects = effect_fields(nominal);
    if (run.break_even && !effects.empty()) {
        result.break_even = analysis::break_even_effects(factory, effects, one_way, run.baseline);
    }
    return result;
}

std::vector<std::pair<std::string, std::string>> decision_files(const DecisionResult& result,
                                                                const DecisionRun& run) {
    std::vector<std::pair<std::string, std::string>> files{
        {"psa_summary.csv", report::psa_summary_csv(result.summary, run.baseline)},
        {"psa_draws.csv", report::psa_draws_csv(result.psa)},
        {"acceptability.csv", report::acceptability_csv(result.psa, run.acceptability_values)},
        {"evpi.csv", report::evpi_csv(result.psa, run.acceptability_values)},
        {"evppi.csv", report::evppi_csv(result.psa, run.evppi_values, run.horizon_years)},
        {"break_even.csv", report::break_even_csv(result.break_even)},
        {"psa_break_even_years.csv", report::psa_break_even_years_csv(result.summary)}};
    if (run.tornado_and_drivers) {
        files.emplace_back("tornado.csv", report::tornado_csv(result.bars, result.psa));
        files.emplace_back("global_sensitivity.csv",
                           report::global_sensitivity_csv(result.drivers, result.psa));
    }
    return files;
}

std::string psa_status_csv(const std::string& status, const DecisionRun& run,
                           std::size_t uncertain_parameters) {
    return "status,draws,replications,one_way_replications,seed,uncertain_parameters,"
           "horizon_years,shared_streams\n" +
           status + "," + std::to_string(status == "ran" ? run.draws : 0) + "," +
           std::to_string(run.replications) + "," + std::to_string(run.one_way_replications) + "," +
           std::to_string(run.seed) + "," + std::to_string(uncertain_parameters) + "," +
           std::to_string(run.horizon_years) + "," + (run.independent_draws ? "0" : "1") + "\n";
}

void print_decision_headline(const scenario::Scenario& s, const DecisionResult& result,
                             const std::string& baseline) {
    using analysis::Perspective;
    // Applied funds: each option's budget paid by someone other than the district.
    std::map<std::string, std::map<std::string, double>> funds;
    for (const auto& line : analysis::planned_budget(s)) {
        if (line.payer != "district") {
            funds[line.option][line.payer] += line.tkr;
        }
    }
    const std::size_t draws = result.psa.values.size();
    std::printf("\nWhat the decision rests on (over the assumptions' uncertainty, %zu draws; "
                "± = Monte Carlo standard error of the figure):\n",
                draws);
    for (const auto& option : result.psa.options) {
        const auto* city = summary_of(result, option, Perspective::city);
        const auto* society = summary_of(result, option, Perspective::society);
        if (city == nullptr || society == nullptr) {
            continue;
        }
        std::printf("\n%s against %s:\n", option.c_str(), baseline.c_str());
        for (const auto& [payer, tkr] : funds[option]) {
            std::printf("  Cost to the funder (%s): %.0f tkr\n", payer.c_str(), tkr);
        }
        for (const auto& b : result.break_even) {
            if (b.option != option) {
                continue;
            }
            const char* whose = b.perspective == Perspective::city ? "city" : "society";
            if (b.multiplier) {
                std::printf("  Pays for itself (%s perspective) if the staff achieve at least "
                            "%.0f%% of the assumed effects\n",
                            whose, 100.0 * *b.multiplier);
            } else {
                std::printf("  Does not pay for itself (%s perspective) even at %.0f%% of the "
                            "assumed effects\n",
                            whose, 100.0 * b.max_multiplier);
            }
        }
        std::printf("  Probability that it saves money: city (district + central reserve) %s, "
                    "society (every payer) %s\n",
                    percent(city->probability_saves_money).c_str(),
                    percent(society->probability_saves_money).c_str());
        std::printf("  Probability that it prevents at least one eviction: %s\n",
                    percent(society->probability_prevents_an_eviction).c_str());
        std::printf("  Evictions prevented: median %.1f (5th-95th percentile %.1f to %.1f)\n",
                    society->prevented_median.value, society->prevented_p05.value,
                    society->prevented_p95.value);
        for (const auto* p : {city, society}) {
            std::printf("  Cost difference, %s: median %s (5th-95th percentile %s to %s; ±%.0f)\n",
                        p == city ? "city" : "society", money(p->delta_cost_median.value).c_str(),
                        money(p->delta_cost_p05.value).c_str(),
                        money(p->delta_cost_p95.value).c_str(), p->delta_cost_median.mc_se);
        }
        std::printf("  Simulation error common to every draw (shared household streams): "
                    "±%.0f tkr\n",
                    society->inner_delta_cost_se_tkr);
        for (const auto& b : result.break_even) {
            if (b.option == option && b.perspective == Perspective::society) {
                std::printf("  Sceptical reading, every effect half as large: cost difference "
                            "%s (society), %s (city), %.1f evictions prevented\n",
                            money(b.at_half_effect.delta_cost_tkr).c_str(),
                            money(b.at_half_effect.delta_cost_city_tkr).c_str(),
                            b.at_half_effect.evictions_prevented);
            }
        }
    }
}

} // namespace hcsim::cli
