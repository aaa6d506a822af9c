#include "hcsim/report/validation.hpp"

#include "hcsim/report/writers.hpp"

namespace hcsim::report {

std::string validation_csv(const std::vector<analysis::ValidationRow>& rows) {
    std::string csv = "target,kind,quantity,first_month,last_month,observed,model_mean,mean_ci_low,"
                      "mean_ci_high,range_low,range_high,difference,within_range,source,title\n";
    for (const auto& row : rows) {
        const auto& t = row.target;
        csv += csv_field(t.name) + "," + scenario::to_string(t.kind) + "," +
               scenario::to_string(t.quantity) + "," + std::to_string(t.first_month) + "," +
               std::to_string(t.last_month) + "," + format_number(t.observed) + "," +
               format_number(row.model_mean) + "," + format_number(row.mean_low) + "," +
               format_number(row.mean_high) + "," + format_number(row.range_low) + "," +
               format_number(row.range_high) + "," + format_number(row.difference()) + "," +
               (row.within_range() ? "yes" : "no") + "," + csv_field(t.source) + "," +
               csv_field(t.title) + "\n";
    }
    return csv;
}

} // namespace hcsim::report
