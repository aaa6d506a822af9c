#include "parameter_book.hpp"

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

// Path segments without list indices: "exits[2].p.default" -> exits, p, default.
std::vector<std::string> segments(const std::string& field) {
    std::vector<std::string> parts;
    std::string current;
    bool in_index = false;
    for (const char c : field) {
        if (c == '[') {
            in_index = true;
        } else if (c == ']') {
            in_index = false;
        } else if (!in_index && c == '.') {
            parts.push_back(current);
            current.clear();
        } else if (!in_index) {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
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

std::string unit_of_field(const std::string& field) {
    const std::vector<std::string> parts = segments(field);
    const auto has = [&](const char* key) {
        return std::find(parts.begin(), parts.end(), key) != parts.end();
    };
    if (has("initial")) {
        return "households";
    }
    static const std::map<std::string, std::string> units{
        {"cost_per_day", "SEK/day"},
        {"cost_per_fte_year", "SEK/FTE-year"},
        {"fte", "FTE"},
        {"caseload_per_fte", "households/FTE"},
        {"p_success", "probability"},
        {"p", "probability"},
        {"relative_risk", "ratio"},
        {"delay_factor", "factor"},
        {"days_between", "days"},
        {"max_wait_days", "days"},
        {"mean_days", "days"},
        {"min_days", "days"},
        {"max_days", "days"},
        {"days", "days"},
        {"cv", "ratio"},
        {"amount", "SEK"},
        {"trend_per_year", "per year"},
        {"homeless_trend_per_year", "per year"},
        {"seasonality", "factor"},
        {"capacity", "places"},
        {"horizon_years", "years"},
        {"discount_rate", "per year"},
        {"children", "children/household"},
        {"cost", "SEK/event"},
        {"attempts", "attempts"},
        {"from_year", "budget year"},
        {"to_year", "budget year"},
        {"from_month", "month"},
        {"to_month", "month"},
        {"client_time_share", "share"},
        {"share", "share"},
        {"half_life_days", "days"},
        {"move_lead_days", "days"},
        {"per_fte_year", "households/FTE-year"},
        {"adds_places", "places"},
    };
    for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
        if (*part == "per_year") {
            return has("fixed_costs") ? "SEK/year" : "households/year";
        }
        if (const auto found = units.find(*part); found != units.end()) {
            return found->second;
        }
    }
    return "";
}

bool is_not_a_parameter(const std::string& field) {
    return field == "seed" || field == "replications" || field == "price_year" ||
           field.starts_with("validation[") || field.starts_with("indicators[");
}

} // namespace hcsim::scenario::detail
