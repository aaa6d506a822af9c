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
    return csv_rows("option,metric,unit,mean,ci_low,ci_high\n", rows, [&](const auto& r) {
        return csv_field(r.option) + "," + csv_field(r.metric) + "," + csv_field(r.unit) + "," +
               interval(r.ci);
    });
}

std::string differences_csv(const std::vector<analysis::DifferenceRow>& rows) {
    // note: "not_affected" when every paired difference is exactly zero (a structural zero).
    std::string out = "option,baseline,metric,unit,mean,ci_low,ci_high,note\n";
    for (const auto& r : rows) {
        out += csv_field(r.option) + "," + csv_field(r.baseline) + "," + csv_field(r.metric) + "," +
               csv_field(r.unit) + "," + interval(r.ci) +
               (r.unaffected ? ",not_affected\n" : ",\n");
    }
    return out;
}

std::string contributions_csv(const std::vector<analysis::ContributionRow>& rows) {
    return csv_rows("option,role,metric,unit,mean,ci_low,ci_high\n", rows, [&](const auto& r) {
        return csv_field(r.option) + "," + csv_field(r.role) + "," + r.metric + "," + r.unit + "," +
               interval(r.ci);
    });
}

namespace {

// A budget year's name in the files: its calendar year, or its number.
std::string year_name(std::size_t year, int first_budget_year) {
    return std::to_string(first_budget_year > 0 ? first_budget_year + static_cast<int>(year) - 1
                                                : static_cast<int>(year));
}

} // namespace

std::string yearly_csv(const std::vector<analysis::YearlyRow>& rows, int first_budget_year) {
    return csv_rows("option,year,metric,unit,mean,ci_low,ci_high\n", rows, [&](const auto& r) {
        return csv_field(r.option) + "," + year_name(r.year, first_budget_year) + "," +
               csv_field(r.metric) + "," + csv_field(r.unit) + "," + interval(r.ci);
    });
}

std::string timeseries_csv(const std::vector<analysis::MonthlyRow>& rows) {
    return csv_rows("option,month,state,mean,ci_low,ci_high\n", rows, [&](const auto& r) {
        return csv_field(r.option) + "," + std::to_string(r.month) + "," + csv_field(r.state) +
               "," + interval(r.ci);
    });
}

std::string transitions_csv(const std::vector<study::TransitionRow>& rows) {
    return csv_rows("option,from,to,mean_moves\n", rows, [&](const auto& r) {
        return csv_field(r.option) + "," + csv_field(r.from) + "," + csv_field(r.to) + "," +
               format_number(r.mean_moves);
    });
}

std::string budget_csv(const std::vector<analysis::BudgetLine>& lines, int first_budget_year) {
    std::string out = "option,category,item,title,fte,payer,funding,year,cost_tkr,source\n";
    for (const auto& l : lines) {
        out += csv_field(l.option) + "," + analysis::to_string(l.category) + "," +
               csv_field(l.item) + "," + csv_field(l.title) + "," +
               (l.category == analysis::BudgetCategory::staff ? format_number(l.fte) : "") + "," +
               csv_field(l.payer) + "," + model::to_string(l.funding) + "," +
               year_name(l.year, first_budget_year) + "," + format_number(l.tkr) + "," +
               csv_field(l.source) + "\n";
    }
    return out;
}

} // namespace hcsim::report
