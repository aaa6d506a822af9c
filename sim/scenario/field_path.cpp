#include "hcsim/scenario/field_path.hpp"

#include <array>

namespace hcsim::scenario {

namespace {

// The sections whose second segment names something (a role, a state, ...).
constexpr std::array named_sections{"staff",  "fixed_costs", "states",  "exits",
                                    "groups", "initial",     "arrivals"};

bool ends_with_key(std::string_view rest, std::string_view key) {
    return rest == key || (rest.size() > key.size() && rest.ends_with(key) &&
                           rest[rest.size() - key.size() - 1] == '.');
}

// The number of "[12]" from the digits after '[' up to ']' (or the end).
std::size_t index_at(std::string_view digits) {
    std::size_t index = 0;
    for (const char c : digits.substr(0, digits.find(']'))) {
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return index;
}

} // namespace

FieldPath field_path(std::string_view path) {
    FieldPath f;
    std::string_view rest = path;
    constexpr std::string_view options = "options.";
    if (rest.starts_with(options)) {
        rest.remove_prefix(options.size());
        const auto dot = rest.find('.');
        f.option = std::string(rest.substr(0, dot));
        rest = dot == std::string_view::npos ? std::string_view{} : rest.substr(dot + 1);
    }
    // The section: the first segment, without a list index ("arrivals[0]").
    const auto end = rest.find_first_of(".[");
    const std::string_view first = rest.substr(0, end);
    bool named = false;
    for (const char* section : named_sections) {
        named = named || first == section;
    }
    if (!named) {
        f.rest = std::string(rest);
        return f;
    }
    f.section = std::string(first);
    rest.remove_prefix(first.size());
    if (f.section != "arrivals") { // arrivals[i] has no name: its index says which
        if (!rest.starts_with('.')) {
            f.rest = std::string(rest);
            return f;
        }
        rest.remove_prefix(1);
        const auto name_end = rest.find_first_of(".[");
        f.name = std::string(rest.substr(0, name_end));
        rest = name_end == std::string_view::npos ? std::string_view{} : rest.substr(name_end);
    }
    if (rest.starts_with('[')) {
        const auto close = rest.find(']');
        f.index = index_at(rest.substr(1));
        rest = close == std::string_view::npos ? std::string_view{} : rest.substr(close + 1);
    }
    if (rest.starts_with('.')) {
        rest.remove_prefix(1);
    }
    f.rest = std::string(rest);
    return f;
}

bool FieldPath::is_staff_effect() const {
    return effect_index() &&
           (ends_with_key(rest, "relative_risk") || ends_with_key(rest, "delay_factor"));
}

std::optional<std::size_t> FieldPath::effect_index() const {
    constexpr std::string_view effects = "effects[";
    if (option.empty() || section != "staff" || !rest.starts_with(effects)) {
        return std::nullopt;
    }
    return index_at(std::string_view(rest).substr(effects.size()));
}

bool FieldPath::is_cost() const {
    return ends_with_key(rest, "cost_per_day") || section == "fixed_costs" ||
           ends_with_key(rest, "cost_per_fte_year") || rest == "cost" ||
           rest.starts_with("cost.") || rest.find(".cost.") != std::string::npos ||
           rest.find("cost_per_day.") != std::string::npos;
}

} // namespace hcsim::scenario
