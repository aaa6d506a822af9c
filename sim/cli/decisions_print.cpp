#include "decisions_print.hpp"

#include "hcsim/analysis/budget.hpp"
#include <map>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace hcsim::cli {

namespace {

std::string source_of(const scenario::Scenario& s, const std::string& field) {
    for (const auto& site : s.parameters) {
        if (site.field == field) {
            return site.source;
        }
    }
    return "";
}

std::string money(double tkr) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%+.0f tkr", tkr);
    return buffer;
}

// Rounds |value| < 0.05 to 0 so that "%.1f" never prints "-0.0".
double without_negative_zero(double value) {
    return std::abs(value) < 0.05 ? 0.0 : value;
}

std::string fte_text(const analysis::SweepPoint& p, const std::vector<analysis::SweepAxis>& axes) {
    std::string text;
    for (std::size_t a = 0; a < axes.size(); ++a) {
        char buffer[96];
        std::snprintf(buffer, sizeof buffer, "%s%s %.2f FTE", a ? ", " : "", axes[a].role.c_str(),
                      p.fte[a]);
        text += buffer;
    }
    return text;
}

namespace headline {
std::string signed_money(double tkr) {
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

const analysis::PsaOptionSummary* summary_of(const study::PsaStudy& r, const std::string& option,
                                             analysis::Perspective perspective) {
    for (const auto& s : r.summary) {
        if (s.option == option && s.perspective == perspective) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace headline

} // namespace

void print_psa_summary(const scenario::Scenario& s, const analysis::PsaResult& psa,
                       const std::vector<analysis::DriverRanking>& drivers,
                       const std::vector<analysis::TornadoBar>& bars, const std::string& baseline) {
    for (std::size_t o = 0; o < psa.options.size(); ++o) {
        std::printf("\n%s against %s, what drives the result:\n", psa.options[o].c_str(),
                    baseline.c_str());
        for (const auto& ranking : drivers) {
            if (ranking.option != psa.options[o] || ranking.outcome != "delta_cost_tkr") {
                continue;
            }
            std::printf("  Assumptions that drive the cost difference most (partial rank "
                        "correlation over the draws):\n");
            for (std::size_t r = 0; r < ranking.drivers.size() && r < 3; ++r) {
                const auto& d = ranking.drivers[r];
                const auto& field = psa.inputs[d.input].field;
                std::printf("    %zu. %s (PRCC %+.2f)  [%s]\n", r + 1,
                            psa.inputs[d.input].name().c_str(), d.prcc,
                            source_of(s, field).c_str());
            }
        }
        if (drivers.empty() && !psa.inputs.empty()) {
            std::printf("  (the ranking of assumptions over the draws needs at least %zu draws)\n",
                        psa.inputs.size() + 2);
        }
        std::size_t shown = 0;
        for (const auto& bar : bars) {
            if (bar.option != psa.options[o] || shown >= 3) {
                continue;
            }
            if (shown++ == 0) {
                std::printf("  One at a time (5th to 95th percentile), largest swing in cost:\n");
            }
            std::printf("    %zu. %s: %s .. %s\n", shown, psa.inputs[bar.input].name().c_str(),
                        money(bar.at_low.delta_cost_tkr).c_str(),
                        money(bar.at_high.delta_cost_tkr).c_str());
        }
    }
}

void print_sweep_summary(const std::vector<analysis::SweepPoint>& points,
                         const std::vector<analysis::SweepAxis>& axes, const std::string& baseline,
                         double lambda) {
    std::vector<std::string> options;
    for (const auto& p : points) {
        if (std::find(options.begin(), options.end(), p.option) == options.end()) {
            options.push_back(p.option);
        }
    }
    for (const auto& option : options) {
        std::printf("\n%s against %s (* = on the efficient frontier; marginal = against one grid "
                    "step less of the role; ± = 95%% CI half-width over the replications):\n",
                    option.c_str(), baseline.c_str());
        std::vector<analysis::CostEffectPoint> cost_effect;
        std::vector<const analysis::SweepPoint*> own;
        for (const auto& p : points) {
            if (p.option != option) {
                continue;
            }
            own.push_back(&p);
            cost_effect.push_back({p.outcome.delta_cost_tkr, p.outcome.evictions_prevented});
            std::string margins;
            for (std::size_t a = 0; a < axes.size(); ++a) {
                char buffer[128];
                const auto& per_eviction = p.marginal_cost_per_eviction_prevented[a];
                std::snprintf(buffer, sizeof buffer, "  +%s: %s", axes[a].role.c_str(),
                              money(p.marginal_cost_tkr[a]).c_str());
                margins += buffer;
                if (per_eviction) {
                    std::snprintf(buffer, sizeof buffer, " (%.0f tkr/eviction)", *per_eviction);
                    margins += buffer;
                }
            }
            std::printf("  %s %-36s cost %s ±%.0f, %5.1f ±%.1f evictions prevented%s\n",
                        p.on_frontier ? "*" : " ", fte_text(p, axes).c_str(),
                        money(p.outcome.delta_cost_tkr).c_str(),
                        p.outcome.delta_cost_half_width_tkr,
                        without_negative_zero(p.outcome.evictions_prevented),
                        p.outcome.evictions_prevented_half_width, margins.c_str());
        }
        for (const double value : {0.0, lambda}) {
            const auto best = analysis::best_point(cost_effect, value);
            std::printf("  Valuing a prevented eviction at %.0f tkr, the staffing that pays best "
                        "is %s\n",
                        value,
                        best ? fte_text(*own[*best], axes).c_str()
                             : ("none: " + baseline + " is cheaper").c_str());
            if (lambda == 0.0) {
                break;
            }
        }
    }
}

void print_decision_headline(const scenario::Scenario& s, const study::PsaStudy& result,
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
        const auto* city = headline::summary_of(result, option, Perspective::city);
        const auto* society = headline::summary_of(result, option, Perspective::society);
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
                    headline::percent(city->probability_saves_money).c_str(),
                    headline::percent(society->probability_saves_money).c_str());
        std::printf("  Probability that it prevents at least one eviction: %s\n",
                    headline::percent(society->probability_prevents_an_eviction).c_str());
        std::printf("  Evictions prevented: median %.1f (5th-95th percentile %.1f to %.1f)\n",
                    society->prevented_median.value, society->prevented_p05.value,
                    society->prevented_p95.value);
        for (const auto* p : {city, society}) {
            std::printf("  Cost difference, %s: median %s (5th-95th percentile %s to %s; ±%.0f)\n",
                        p == city ? "city" : "society",
                        headline::signed_money(p->delta_cost_median.value).c_str(),
                        headline::signed_money(p->delta_cost_p05.value).c_str(),
                        headline::signed_money(p->delta_cost_p95.value).c_str(),
                        p->delta_cost_median.mc_se);
        }
        std::printf("  Simulation error common to every draw (shared household streams): "
                    "±%.0f tkr\n",
                    society->inner_delta_cost_se_tkr);
        for (const auto& b : result.break_even) {
            if (b.option == option && b.perspective == Perspective::society) {
                std::printf("  Sceptical reading, every effect half as large: cost difference "
                            "%s (society), %s (city), %.1f evictions prevented\n",
                            headline::signed_money(b.at_half_effect.delta_cost_tkr).c_str(),
                            headline::signed_money(b.at_half_effect.delta_cost_city_tkr).c_str(),
                            b.at_half_effect.evictions_prevented);
            }
        }
    }
}

} // namespace hcsim::cli
