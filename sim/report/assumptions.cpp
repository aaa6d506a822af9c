#include "hcsim/report/writers.hpp"

#include <charconv>
#include <cmath>
#include <string_view>

namespace hcsim::report {

namespace {

bool is_number(std::string_view text) {
    const std::string_view digits = text.substr(text[0] == '+' ? 1 : 0);
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return !digits.empty() && error == std::errc{} && end == digits.data() + digits.size() &&
           std::isfinite(value);
}

} // namespace

bool csv_needs_guard(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    if (text[0] == '\'') {
        return csv_needs_guard(text.substr(1)); // so that the guard itself reads back exactly
    }
    const bool formula = text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                         text[0] == '\t' || text[0] == '\r';
    return formula && !is_number(text);
}

std::string csv_field(const std::string& text) {
    std::string guarded;
    if (csv_needs_guard(text)) {
        guarded.assign(1, '\'');
    }
    guarded.append(text);
    if (guarded.find_first_of(",\"\n\r") == std::string::npos) {
        return guarded;
    }
    std::string quoted = "\"";
    for (const char c : guarded) {
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return quoted + "\"";
}

std::string csv_cell_text(std::string cell) {
    if (!cell.empty() && cell[0] == '\'' && csv_needs_guard(std::string_view(cell).substr(1))) {
        cell.erase(0, 1);
    }
    return cell;
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
