#include "hcsim/report/writers.hpp"

namespace hcsim::report {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

std::string assumptions_csv(const std::vector<study::AssumptionRow>& rows) {
    std::string out = "field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line\n";
    for (const auto& row : rows) {
        out += csv_field(row.field) + "," + format_number(row.value) + "," + csv_field(row.unit) +
               "," + csv_field(row.uncertainty) + "," +
               (row.calibrate_min ? format_number(*row.calibrate_min) : "") + "," +
               (row.calibrate_max ? format_number(*row.calibrate_max) : "") + "," +
               csv_field(row.source) + "," + csv_field(row.file) + "," + std::to_string(row.line) +
               "\n";
    }
    return out;
}

} // namespace hcsim::report
