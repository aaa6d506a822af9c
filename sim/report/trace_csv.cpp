#include "hcsim/report/writers.hpp"

namespace hcsim::report {

std::string trace_csv(const std::vector<study::TraceRow>& rows) {
    std::string csv(trace_header);
    for (const auto& r : rows) {
        csv += format_number(r.time) + "," + std::to_string(r.household) + "," +
               csv_field(r.group) + "," + csv_field(r.event) + "," + csv_field(r.from) + "," +
               csv_field(r.to) + "," + csv_field(r.role) + "," + std::to_string(r.replication) +
               "\n";
    }
    return csv;
}

} // namespace hcsim::report
