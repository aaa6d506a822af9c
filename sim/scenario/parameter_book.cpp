#include "parameter_book.hpp"

#include "hcsim/scenario/schema.hpp"

#include <algorithm>
#include <sstream>

namespace hcsim::scenario::detail {

namespace {

// Column of a '#' that starts a comment (outside quotes, after blank or at start), or npos.
std::size_t comment_start(const std::string& line) {
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
            return i;
        }
    }
    return std::string::npos;
}

std::string trimmed_comment(const std::string& line) {
    const std::size_t at = comment_start(line);
    if (at == std::string::npos) {
        return "";
    }
    std::string text = line.substr(at + 1);
    const std::size_t first = text.find_first_not_of(" #\t");
    const std::size_t last = text.find_last_not_of(" \t\r");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

} // namespace

std::optional<double> ParameterBook::override_for(const std::string& field) {
    const auto found = overrides_.find(field);
    if (found == overrides_.end()) {
        return std::nullopt;
    }
    used_.insert(field);
    return found->second;
}

void ParameterBook::record(ParameterSite site, const std::string& entry_source) {
    if (is_not_a_parameter(site.field) || !recorded_.insert(site.field).second) {
        return;
    }
    site.unit = unit_of_field(site.field);
    site.where = field_path(site.field);
    site.entry_source = entry_source;
    if (site.source.empty()) {
        site.source = comment_on_line(site.file, site.line);
    }
    if (site.source.empty()) {
        site.source = entry_source;
    }
    sites_.push_back(std::move(site));
}

std::vector<std::string> ParameterBook::unused_overrides() const {
    std::vector<std::string> unused;
    for (const auto& [field, value] : overrides_) {
        if (!used_.contains(field)) {
            unused.push_back(field);
        }
    }
    return unused;
}

std::string ParameterBook::comment_on_line(const std::string& file, int line) {
    auto [entry, inserted] = file_lines_.try_emplace(file);
    if (inserted) {
        std::istringstream in(reader_.text_of(file).value_or(""));
        for (std::string text; std::getline(in, text);) {
            entry->second.push_back(text);
        }
    }
    const std::vector<std::string>& lines = entry->second;
    if (line < 1 || static_cast<std::size_t>(line) > lines.size()) {
        return "";
    }
    return trimmed_comment(lines[static_cast<std::size_t>(line) - 1]);
}

bool is_not_a_parameter(const std::string& field) {
    return field == "seed" || field == "replications" || field == "price_year" ||
           field.starts_with("validation[") || field.starts_with("indicators[");
}

} // namespace hcsim::scenario::detail
