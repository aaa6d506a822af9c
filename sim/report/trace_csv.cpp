#include "hcsim/report/writers.hpp"

namespace hcsim::report {

std::string trace_csv(const std::vector<study::TraceRow>& rows) {
    std::string csv = "time,household,group,event,from,to\n";
    for (const auto& r : rows) {
        csv += format_number(r.time) + "," + std::to_string(r.household) + "," + r.group + "," +
               r.event + "," + r.from + "," + r.to + "\n";
    }
    return csv;
}

} // namespace hcsim::report
