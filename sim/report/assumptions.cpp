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

std::string assumptions_csv(const std::vector<scenario::ParameterSite>& sites) {
    std::string out = "field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line\n";
    for (const auto& site : sites) {
        out += csv_field(site.field) + "," + format_number(site.value) + "," +
               csv_field(site.unit) + "," +
               csv_field(site.uncertainty ? site.uncertainty->describe() : "") + "," +
               (site.calibrate ? format_number(site.calibrate->min) : "") + "," +
               (site.calibrate ? format_number(site.calibrate->max) : "") + "," +
               csv_field(site.source) + "," + csv_field(site.file) + "," +
               std::to_string(site.line) + "\n";
    }
    return out;
}

} // namespace hcsim::report
