#include "hcsim/report/decision_tables.hpp"

#include "hcsim/report/writers.hpp"

#include <limits>

namespace hcsim::report {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::string outcome_cells(const analysis::DrawOutcome& d) {
    return format_number(d.delta_cost_tkr) + "," + format_number(d.evictions_prevented) + "," +
           format_number(d.more_to_own_lease) + "," + format_number(d.delta_homeless_nights);
}

const std::string outcome_header =
    "delta_cost_tkr,evictions_prevented,more_to_own_lease,delta_homeless_nights";

template <class Select>
std::string spread(const std::vector<analysis::DrawOutcome>& draws, Select select) {
    std::vector<double> values;
    double sum = 0.0;
    for (const auto& d : draws) {
        values.push_back(select(d));
        sum += values.back();
    }
    const double mean = values.empty() ? nan : sum / static_cast<double>(values.size());
    return format_number(mean) + "," + format_number(analysis::empirical_quantile(values, 0.05)) +
           "," + format_number(analysis::empirical_quantile(values, 0.5)) + "," +
           format_number(analysis::empirical_quantile(values, 0.95));
}

std::string optional_number(const std::optional<double>& value) {
    return value ? format_number(*value) : "";
}

} // namespace

std::string psa_summary_csv(const analysis::PsaResult& psa, const std::string& baseline) {
    std::string out =
        "option,baseline,draws,"
        "delta_cost_mean_tkr,delta_cost_p05_tkr,delta_cost_median_tkr,delta_cost_p95_tkr,"
        "evictions_prevented_mean,evictions_prevented_p05,evictions_prevented_median,"
        "evictions_prevented_p95,more_to_own_lease_mean,more_to_own_lease_p05,"
        "more_to_own_lease_median,more_to_own_lease_p95,"
        "probability_saves_money,probability_prevents_an_eviction,"
        "nominal_delta_cost_tkr,nominal_evictions_prevented\n";
    for (std::size_t o = 0; o < psa.options.size(); ++o) {
        const auto& draws = psa.outcomes[o];
        out += csv_field(psa.options[o]) + "," + csv_field(baseline) + "," +
               std::to_string(draws.size()) + "," +
               spread(draws, [](const auto& d) { return d.delta_cost_tkr; }) + "," +
               spread(draws, [](const auto& d) { return d.evictions_prevented; }) + "," +
               spread(draws, [](const auto& d) { return d.more_to_own_lease; }) + "," +
               format_number(analysis::probability_saves_money(draws)) + "," +
               format_number(analysis::probability_prevents_an_eviction(draws)) + "," +
               format_number(psa.nominal[o].delta_cost_tkr) + "," +
               format_number(psa.nominal[o].evictions_prevented) + "\n";
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
    std::string out = "option,effect_multiplier_break_even,multiplier_searched_up_to,"
                      "nominal_delta_cost_tkr,nominal_evictions_prevented,"
                      "break_even_evictions_prevented\n";
    for (const auto& r : results) {
        out += csv_field(r.option) + "," + optional_number(r.multiplier) + "," +
               format_number(r.max_multiplier) + "," + format_number(r.at_nominal.delta_cost_tkr) +
               "," + format_number(r.at_nominal.evictions_prevented) + "," +
               (r.multiplier ? format_number(r.at_break_even.evictions_prevented) : "") + "\n";
    }
    return out;
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
           "on_frontier";
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
               (p.on_frontier ? ",1" : ",0");
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
