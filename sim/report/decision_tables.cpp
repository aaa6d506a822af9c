#include "hcsim/report/decision_tables.hpp"

#include "hcsim/report/writers.hpp"

#include <cstdio>
#include <limits>

namespace hcsim::report {

namespace {

std::string outcome_cells(const analysis::DrawOutcome& d) {
    return format_number(d.delta_cost_tkr) + "," + format_number(d.evictions_prevented) + "," +
           format_number(d.more_to_own_lease) + "," + format_number(d.delta_homeless_nights);
}

const std::string outcome_header =
    "delta_cost_tkr,evictions_prevented,more_to_own_lease,delta_homeless_nights";

std::string optional_number(const std::optional<double>& value) {
    return value ? format_number(*value) : "";
}

} // namespace

std::string psa_summary_csv(const std::vector<analysis::PsaOptionSummary>& rows,
                            const std::string& baseline) {
    std::string out =
        "option,perspective,baseline,draws,"
        "delta_cost_mean_tkr,delta_cost_p05_tkr,delta_cost_median_tkr,delta_cost_p95_tkr,"
        "evictions_prevented_mean,evictions_prevented_p05,evictions_prevented_median,"
        "evictions_prevented_p95,more_to_own_lease_mean,more_to_own_lease_p05,"
        "more_to_own_lease_median,more_to_own_lease_p95,"
        "probability_saves_money,probability_prevents_an_eviction,"
        "nominal_delta_cost_tkr,nominal_evictions_prevented,"
        "mc_se_delta_cost_mean_tkr,mc_se_delta_cost_p05_tkr,mc_se_delta_cost_median_tkr,"
        "mc_se_delta_cost_p95_tkr,mc_se_evictions_prevented_median,"
        "mc_se_evictions_prevented_p05,mc_se_evictions_prevented_p95,"
        "mc_se_probability_saves_money,mc_se_probability_prevents_an_eviction,"
        "inner_se_delta_cost_tkr\n";
    const auto cells = [](std::initializer_list<double> values) {
        std::string text;
        for (const double v : values) {
            text += ','; // appended apart: GCC 12 warns falsely on "," + string (-Wrestrict)
            text += format_number(v);
        }
        return text;
    };
    for (const auto& r : rows) {
        out += csv_field(r.option) + "," + std::string(analysis::to_string(r.perspective)) + "," +
               csv_field(baseline) + "," + std::to_string(r.draws) +
               cells({r.delta_cost_mean.value,
                      r.delta_cost_p05.value,
                      r.delta_cost_median.value,
                      r.delta_cost_p95.value,
                      r.prevented_mean.value,
                      r.prevented_p05.value,
                      r.prevented_median.value,
                      r.prevented_p95.value,
                      r.lease_mean.value,
                      r.lease_p05.value,
                      r.lease_median.value,
                      r.lease_p95.value,
                      r.probability_saves_money.value,
                      r.probability_prevents_an_eviction.value,
                      r.nominal_delta_cost_tkr,
                      r.nominal_evictions_prevented,
                      r.delta_cost_mean.mc_se,
                      r.delta_cost_p05.mc_se,
                      r.delta_cost_median.mc_se,
                      r.delta_cost_p95.mc_se,
                      r.prevented_median.mc_se,
                      r.prevented_p05.mc_se,
                      r.prevented_p95.mc_se,
                      r.probability_saves_money.mc_se,
                      r.probability_prevents_an_eviction.mc_se,
                      r.inner_delta_cost_se_tkr}) +
               "\n";
    }
    return out;
}

std::string psa_break_even_years_csv(const std::vector<analysis::PsaOptionSummary>& rows) {
    std::string out = "option,year,share_of_draws_paid_back\n";
    for (const auto& r : rows) {
        if (r.perspective != analysis::Perspective::society) {
            continue;
        }
        for (std::size_t y = 0; y < r.share_of_draws_paid_back_by_year.size(); ++y) {
            out += csv_field(r.option) + "," + std::to_string(y + 1) + "," +
                   format_number(r.share_of_draws_paid_back_by_year[y]) + "\n";
        }
    }
    return out;
}

std::string evppi_csv(const analysis::PsaResult& psa, const std::vector<double>& lambdas,
                      std::size_t horizon_years) {
    std::vector<std::string> fields;
    for (const auto& input : psa.inputs) {
        fields.push_back(input.field);
    }
    auto groups = analysis::parameter_groups(fields);
    // Learning what the staff achieve, all roles together: the question of a pre-study.
    analysis::ParameterGroup effects{"effects: every role", {}};
    std::size_t effect_groups = 0;
    for (const auto& group : groups) {
        if (group.name.rfind("effects: ", 0) == 0) {
            ++effect_groups;
            effects.inputs.insert(effects.inputs.end(), group.inputs.begin(), group.inputs.end());
        }
    }
    if (effect_groups > 1) {
        groups.push_back(std::move(effects));
    }
    std::string out = "perspective,value_per_eviction_prevented_tkr,group,parameters,evppi_tkr,"
                      "evpi_tkr,horizon_years\n";
    for (const auto perspective : {analysis::Perspective::city, analysis::Perspective::society}) {
        for (const double lambda : lambdas) {
            std::vector<std::vector<double>> nb;
            for (const auto& option : psa.outcomes) {
                std::vector<double> values;
                for (const auto& d : option) {
                    values.push_back(lambda * d.evictions_prevented -
                                     analysis::delta_cost(d, perspective));
                }
                nb.push_back(std::move(values));
            }
            const double evpi = analysis::evpi_from_net_benefit(nb);
            const std::string prefix =
                std::string(analysis::to_string(perspective)) + "," + format_number(lambda) + ",";
            const std::string suffix =
                std::string(",") + format_number(evpi) + "," + std::to_string(horizon_years) + "\n";
            for (const auto& group : groups) {
                std::vector<std::vector<double>> inputs(psa.values.size());
                for (std::size_t d = 0; d < psa.values.size(); ++d) {
                    for (const std::size_t i : group.inputs) {
                        inputs[d].push_back(psa.values[d][i]);
                    }
                }
                out += prefix + csv_field(group.name) + "," + std::to_string(group.inputs.size()) +
                       "," + format_number(analysis::evppi_regression(nb, inputs)) + suffix;
            }
            out += prefix + "all," + std::to_string(psa.inputs.size()) + "," + format_number(evpi) +
                   suffix;
        }
    }
    return out;
}

std::string psa_draws_csv(const analysis::PsaResult& psa) {
    std::string out = "draw,option," + outcome_header;
    for (const auto& input : psa.inputs) {
        out += ',';
        out += csv_field(input.field); // not "," + ...: GCC 12 warns falsely (-Wrestrict)
    }
    out += "\n";
    for (std::size_t d = 0; d < psa.values.size(); ++d) {
        std::string inputs;
        for (const double v : psa.values[d]) {
            inputs += ',';
            inputs += format_number(v);
        }
        for (std::size_t o = 0; o < psa.options.size(); ++o) {
            out += std::to_string(d) + "," + csv_field(psa.options[o]) + "," +
                   outcome_cells(psa.outcomes[o][d]) + inputs + "\n";
        }
    }
    return out;
}

std::string acceptability_csv(const analysis::PsaResult& psa, const std::vector<double>& lambdas) {
    std::string out = "value_per_eviction_prevented_tkr,option,probability_net_benefit_positive,"
                      "probability_best\n";
    for (const double lambda : lambdas) {
        const auto best = analysis::probability_best(psa.outcomes, lambda);
        for (std::size_t o = 0; o < psa.options.size(); ++o) {
            out +=
                format_number(lambda) + "," + csv_field(psa.options[o]) + "," +
                format_number(analysis::probability_net_benefit_positive(psa.outcomes[o], lambda)) +
                "," + format_number(best[o]) + "\n";
        }
        out += format_number(lambda) + ",baseline,," + format_number(best.back()) + "\n";
    }
    return out;
}

std::string evpi_csv(const analysis::PsaResult& psa, const std::vector<double>& lambdas) {
    std::string out = "value_per_eviction_prevented_tkr,evpi_tkr\n";
    for (const double lambda : lambdas) {
        out +=
            format_number(lambda) + "," +
            format_number(analysis::expected_value_of_perfect_information(psa.outcomes, lambda)) +
            "\n";
    }
    return out;
}

std::string tornado_csv(const std::vector<analysis::TornadoBar>& bars,
                        const analysis::PsaResult& psa) {
    std::string out = "option,rank,field,label,nominal_value,low_value,high_value,"
                      "nominal_delta_cost_tkr,delta_cost_low_tkr,delta_cost_high_tkr,"
                      "cost_swing_tkr,nominal_evictions_prevented,evictions_prevented_low,"
                      "evictions_prevented_high\n";
    std::string option;
    std::size_t rank = 0;
    for (const auto& bar : bars) {
        rank = bar.option == option ? rank + 1 : 1;
        option = bar.option;
        analysis::DrawOutcome nominal;
        for (std::size_t o = 0; o < psa.options.size(); ++o) {
            if (psa.options[o] == bar.option) {
                nominal = psa.nominal[o];
            }
        }
        const auto& input = psa.inputs[bar.input];
        out += csv_field(bar.option) + "," + std::to_string(rank) + "," + csv_field(input.field) +
               "," + csv_field(input.name()) + "," + format_number(input.nominal) + "," +
               format_number(bar.low_value) + "," + format_number(bar.high_value) + "," +
               format_number(nominal.delta_cost_tkr) + "," +
               format_number(bar.at_low.delta_cost_tkr) + "," +
               format_number(bar.at_high.delta_cost_tkr) + "," + format_number(bar.cost_swing()) +
               "," + format_number(nominal.evictions_prevented) + "," +
               format_number(bar.at_low.evictions_prevented) + "," +
               format_number(bar.at_high.evictions_prevented) + "\n";
    }
    return out;
}

std::string global_sensitivity_csv(const std::vector<analysis::DriverRanking>& rankings,
                                   const analysis::PsaResult& psa) {
    std::string out = "option,outcome,rank,field,label,prcc,src,r_squared\n";
    for (const auto& ranking : rankings) {
        for (std::size_t r = 0; r < ranking.drivers.size(); ++r) {
            const auto& d = ranking.drivers[r];
            out += csv_field(ranking.option) + "," + csv_field(ranking.outcome) + "," +
                   std::to_string(r + 1) + "," + csv_field(psa.inputs[d.input].field) + "," +
                   csv_field(psa.inputs[d.input].name()) + "," + format_number(d.prcc) + "," +
                   format_number(d.src) + "," + format_number(ranking.r_squared) + "\n";
        }
    }
    return out;
}

std::string break_even_csv(const std::vector<analysis::BreakEven>& results) {
    std::string out = "option,perspective,effect_multiplier_break_even,multiplier_searched_up_to,"
                      "nominal_delta_cost_tkr,nominal_evictions_prevented,"
                      "break_even_evictions_prevented,half_effect_delta_cost_tkr,"
                      "half_effect_evictions_prevented\n";
    for (const auto& r : results) {
        out += csv_field(r.option) + "," + std::string(analysis::to_string(r.perspective)) + "," +
               optional_number(r.multiplier) + "," + format_number(r.max_multiplier) + "," +
               format_number(analysis::delta_cost(r.at_nominal, r.perspective)) + "," +
               format_number(r.at_nominal.evictions_prevented) + "," +
               (r.multiplier ? format_number(r.at_break_even.evictions_prevented) : "") + "," +
               format_number(analysis::delta_cost(r.at_half_effect, r.perspective)) + "," +
               format_number(r.at_half_effect.evictions_prevented) + "\n";
    }
    return out;
}

namespace {

std::string interval_cells(const kernel::ConfidenceInterval& ci) {
    return format_number(ci.mean) + "," + format_number(ci.low) + "," + format_number(ci.high);
}

// Probabilities to 6 decimals: 4 would hide the change of a small exit.
std::string csv_probability(double p) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", p);
    return buffer;
}

std::string category_name(model::CostCategory category) {
    return model::to_string(category);
}

} // namespace

std::string incremental_csv(const std::vector<analysis::CostEffectivenessRow>& rows,
                            double value_per_eviction_tkr) {
    std::string out = "perspective,option,status,delta_cost_tkr,delta_cost_ci_low_tkr,"
                      "delta_cost_ci_high_tkr,delta_evictions,delta_evictions_ci_low,"
                      "delta_evictions_ci_high,compared_with,incremental_cost_tkr,"
                      "incremental_evictions_prevented,ratio_tkr_per_eviction_prevented,"
                      "ratio_ci_low,ratio_ci_high,ratio_note,value_per_eviction_prevented_tkr,"
                      "net_benefit_tkr\n";
    for (const auto& r : rows) {
        const bool trade_off = r.status == analysis::IncrementalStatus::trade_off;
        std::string ratio = ",,,,";
        if (trade_off && r.ratio) {
            ratio = std::string(",") + format_number(r.incremental_cost_tkr) + "," +
                    format_number(r.incremental_evictions_prevented) + ",";
            if (r.ratio->estimable) {
                ratio += format_number(r.ratio->ratio) + "," + format_number(r.ratio->low) + "," +
                         format_number(r.ratio->high) + ",";
            } else {
                // The effect's interval contains zero: no ratio is shown as a number.
                ratio += ",,,not_estimable";
            }
        } else {
            ratio = ",,,,,,";
        }
        out += std::string(analysis::to_string(r.perspective)) + "," + csv_field(r.option) + "," +
               std::string(analysis::to_string(r.status)) + "," + interval_cells(r.delta_cost) +
               "," + interval_cells(r.delta_evictions) + "," + r.compared_with + ratio + "," +
               format_number(value_per_eviction_tkr) + "," + format_number(r.net_benefit_tkr) +
               "\n";
    }
    return out;
}

std::string funder_csv(const std::vector<analysis::FunderFigure>& rows) {
    std::string out = "option,payer,funds_tkr,funds_ci_low_tkr,funds_ci_high_tkr,"
                      "funds_per_eviction_prevented_tkr,ci_low,ci_high,note\n";
    for (const auto& r : rows) {
        const auto& q = r.per_eviction_prevented;
        out += csv_field(r.option) + "," + csv_field(r.payer) + "," + interval_cells(r.funds_tkr) +
               "," +
               (q.estimable ? format_number(q.ratio) + "," + format_number(q.low) + "," +
                                  format_number(q.high) + ","
                            : ",,,not_estimable") +
               "\n";
    }
    return out;
}

std::string cost_breakdown_csv(const std::vector<analysis::CostBreakdownRow>& rows) {
    return csv_rows("option,category,item,payer,year,delta_cost_tkr,ci_low,ci_high\n", rows,
                    [&](const auto& r) {
                        return csv_field(r.option) + "," + category_name(r.line.category) + "," +
                               csv_field(r.line.item) + "," + r.line.payer + "," +
                               std::to_string(r.line.year + 1) + "," + interval_cells(r.delta_tkr);
                    });
}

std::string effects_csv(const std::vector<analysis::RealisedEffect>& rows) {
    return csv_rows("option,role,group,state,exit,stated_relative_risk,usual_probability,"
                    "probability_with_staff,realised_ratio\n",
                    rows, [&](const auto& r) {
                        return csv_field(r.option) + "," + csv_field(r.role) + "," +
                               csv_field(r.group) + "," + csv_field(r.state) + "," +
                               csv_field(r.exit) + "," + format_number(r.stated_relative_risk) +
                               "," + csv_probability(r.usual_probability) + "," +
                               csv_probability(r.probability_with_staff) + "," +
                               (r.usual_probability > 0.0
                                    ? format_number(r.probability_with_staff / r.usual_probability)
                                    : "");
                    });
}

std::string break_even_years_csv(const std::vector<analysis::BreakEvenShare>& rows) {
    return csv_rows("option,year,share_of_replications_paid_back\n", rows, [&](const auto& r) {
        return csv_field(r.option) + "," + std::to_string(r.year) + "," + format_number(r.share);
    });
}

std::string sweep_csv(const std::vector<analysis::SweepPoint>& points,
                      const std::vector<analysis::SweepAxis>& axes, double lambda) {
    std::string out = "option";
    for (const auto& axis : axes) {
        out += ',';
        out += csv_field(axis.role + "_fte");
    }
    out += "," + outcome_header +
           ",delta_cost_ci_half_width_tkr,evictions_prevented_ci_half_width,net_benefit_tkr,"
           "on_frontier,frontier_ratio_tkr_per_eviction_prevented";
    for (const auto& axis : axes) {
        out += ',';
        out += csv_field("marginal_cost_tkr_" + axis.role);
        out += ',';
        out += csv_field("marginal_cost_per_eviction_prevented_tkr_" + axis.role);
    }
    out += "\n";
    for (const auto& p : points) {
        out += csv_field(p.option);
        for (const double fte : p.fte) {
            out += ',';
            out += format_number(fte);
        }
        out += ',';
        out += outcome_cells(p.outcome) + "," + format_number(p.outcome.delta_cost_half_width_tkr) +
               "," + format_number(p.outcome.evictions_prevented_half_width) + "," +
               format_number(analysis::net_benefit(p.outcome, lambda)) +
               (p.on_frontier ? ",1," : ",0,") + optional_number(p.frontier_ratio);
        for (std::size_t a = 0; a < axes.size(); ++a) {
            out += ',';
            out += format_number(p.marginal_cost_tkr[a]) + "," +
                   optional_number(p.marginal_cost_per_eviction_prevented[a]);
        }
        out += "\n";
    }
    return out;
}

} // namespace hcsim::report
