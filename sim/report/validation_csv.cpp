#include "hcsim/report/validation.hpp"

#include "hcsim/report/writers.hpp"

namespace hcsim::report {

std::string validation_csv(const std::vector<study::ValidationCheck>& checks) {
    std::string csv = "target,kind,quantity,first_month,last_month,observed,model_mean,mean_ci_low,"
                      "mean_ci_high,range_low,range_high,difference,within_range,source,title\n";
    for (const auto& c : checks) {
        csv += csv_field(c.target) + "," + (c.independent ? "independent" : "input_check") + "," +
               c.quantity + "," + std::to_string(c.first_month) + "," +
               std::to_string(c.last_month) + "," + format_number(c.observed) + "," +
               format_number(c.model.mean) + "," + format_number(c.model.low) + "," +
               format_number(c.model.high) + "," + format_number(c.range_low) + "," +
               format_number(c.range_high) + "," + format_number(c.difference) + "," +
               (c.within_range ? "yes" : "no") + "," + csv_field(c.source) + "," +
               csv_field(c.title) + "\n";
    }
    return csv;
}

} // namespace hcsim::report
