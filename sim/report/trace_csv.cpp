#include "hcsim/report/writers.hpp"

namespace hcsim::report {

std::string trace_csv(const std::vector<study::TraceRow>& rows) {
    std::string csv = "time,household,group,event,from,to,role,replication\n";
    for (const auto& r : rows) {
        csv += format_number(r.time) + "," + std::to_string(r.household) + "," + r.group + "," +
               r.event + "," + r.from + "," + r.to + "," + r.role + "," +
               std::to_string(r.replication) + "\n";
    }
    return csv;
}

} // namespace hcsim::report
