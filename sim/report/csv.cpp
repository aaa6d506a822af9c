#include "hcsim/report/writers.hpp"

#include <cmath>
#include <cstdio>
#include <map>

namespace hcsim::report {

std::string format_number(double value) {
    if (std::isnan(value)) {
        return "";
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    std::string text(buffer);
    return text == "-0.0000" ? "0.0000" : text;
}

namespace {
std::string interval(const kernel::ConfidenceInterval& ci) {
    return format_number(ci.mean) + "," + format_number(ci.low) + "," + format_number(ci.high);
}
} // namespace

std::string summary_csv(const std::vector<analysis::SummaryRow>& rows) {
    std::string out = "option,metric,unit,mean,ci_low,ci_high\n";
    for (const auto& r : rows) {
        out += r.option + "," + r.metric + "," + r.unit + "," + interval(r.ci) + "\n";
    }
    return out;
}

std::string differences_csv(const std::vector<analysis::DifferenceRow>& rows) {
    // note: "not_affected" when every paired difference is exactly zero (a structural zero).
    std::string out = "option,baseline,metric,unit,mean,ci_low,ci_high,note\n";
    for (const auto& r : rows) {
        out += r.option + "," + r.baseline + "," + r.metric + "," + r.unit + "," + interval(r.ci) +
               (r.unaffected ? ",not_affected\n" : ",\n");
    }
    return out;
}

std::string yearly_csv(const std::vector<analysis::YearlyRow>& rows) {
    std::string out = "option,year,metric,unit,mean,ci_low,ci_high\n";
    for (const auto& r : rows) {
        out += r.option + "," + std::to_string(r.year) + "," + r.metric + "," + r.unit + "," +
               interval(r.ci) + "\n";
    }
    return out;
}

std::string timeseries_csv(const std::vector<analysis::MonthlyRow>& rows) {
    std::string out = "option,month,state,mean,ci_low,ci_high\n";
    for (const auto& r : rows) {
        out +=
            r.option + "," + std::to_string(r.month) + "," + r.state + "," + interval(r.ci) + "\n";
    }
    return out;
}

std::string transitions_csv(const analysis::Experiment& e) {
    // Mean moves per replication from each state to each other: the flow diagram's data.
    std::string out = "option,from,to,mean_moves\n";
    for (const auto& option : e.options) {
        const double n = static_cast<double>(option.replications.size());
        for (std::size_t from = 0; from < e.states.size(); ++from) {
            for (std::size_t to = 0; to < e.states.size(); ++to) {
                double total = 0.0;
                for (const auto& r : option.replications) {
                    total += static_cast<double>(r.transitions[from][to]);
                }
                if (total > 0.0) {
                    out += option.name + "," + e.states[from] + "," + e.states[to] + "," +
                           format_number(total / n) + "\n";
                }
            }
        }
    }
    return out;
}

std::string budget_csv(const std::vector<analysis::BudgetLine>& lines) {
    std::string out = "option,category,item,fte,payer,year,cost_tkr,source\n";
    for (const auto& l : lines) {
        out += l.option + "," + analysis::to_string(l.category) + "," + l.item + "," +
               (l.category == analysis::BudgetCategory::staff ? format_number(l.fte) : "") + "," +
               l.payer + "," + std::to_string(l.year) + "," + format_number(l.tkr) + "," +
               csv_field(l.source) + "\n";
    }
    return out;
}

} // namespace hcsim::report
