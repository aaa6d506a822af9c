#include "hcsim/report/compare_folder.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace hcsim::report {

namespace {

// Splits CSV text into records of fields; quoted fields may hold commas, quotes ("") and
// line breaks. Returns each record's first line as well.
void parse(const std::string& name, const std::string& text,
           std::vector<std::vector<std::string>>& records, std::vector<std::size_t>& lines) {
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool field_started = false;
    std::size_t line = 1;
    std::size_t record_line = 1;
    auto end_record = [&] {
        record.push_back(csv_cell_text(std::move(field)));
        field.clear();
        field_started = false;
        if (!(record.size() == 1 && record[0].empty())) { // skip blank lines
            records.push_back(record);
            lines.push_back(record_line);
        }
        record.clear();
    };
    // A spreadsheet that saves "CSV UTF-8" (Excel) puts a byte order mark first.
    const std::size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                line += c == '\n' ? 1 : 0;
                field += c;
            }
        } else if (c == '"' && !field_started) {
            quoted = true;
            field_started = true;
        } else if (c == ',') {
            record.push_back(csv_cell_text(std::move(field)));
            field.clear();
            field_started = false;
        } else if (c == '\n') {
            end_record();
            record_line = ++line;
        } else if (c != '\r') {
            field += c;
            field_started = true;
        }
    }
    if (quoted) {
        throw ReportInputError(name + ":" + std::to_string(record_line) +
                               ": error: a quoted field is not closed");
    }
    if (!field.empty() || !record.empty()) {
        end_record();
    }
}

} // namespace

CsvTable::CsvTable(const std::string& name, const std::string& text) : name_(name) {
    parse(name, text, records_, lines_);
    if (records_.empty()) {
        throw ReportInputError(name + ":1: error: the file is empty (no header line)");
    }
    header_ = records_.front();
    records_.erase(records_.begin());
    lines_.erase(lines_.begin());
    for (std::size_t r = 0; r < records_.size(); ++r) {
        if (records_[r].size() != header_.size()) {
            throw ReportInputError(name + ":" + std::to_string(lines_[r]) +
                                   ": error: " + std::to_string(records_[r].size()) +
                                   " fields, the header has " + std::to_string(header_.size()));
        }
    }
}

bool CsvTable::has_column(const std::string& column) const {
    return std::find(header_.begin(), header_.end(), column) != header_.end();
}

std::size_t CsvTable::column_index(const std::string& column) const {
    const auto found = std::find(header_.begin(), header_.end(), column);
    if (found == header_.end()) {
        throw ReportInputError(name_ + ":1: error: no column '" + column + "'");
    }
    return static_cast<std::size_t>(found - header_.begin());
}

const std::string& CsvTable::text(std::size_t row, const std::string& column) const {
    return records_.at(row)[column_index(column)];
}

double CsvTable::number(std::size_t row, const std::string& column) const {
    const std::string& cell = text(row, column);
    if (cell.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc{} || end != cell.data() + cell.size() || !std::isfinite(value)) {
        fail(row, column + ": not a number: '" + cell + "'");
    }
    return value;
}

void CsvTable::fail(std::size_t row, const std::string& message) const {
    throw ReportInputError(name_ + ":" + std::to_string(lines_.at(row)) + ": error: " + message);
}

std::optional<CsvTable> read_table(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    return CsvTable(file.filename().string(), buffer.str());
}

} // namespace hcsim::report
