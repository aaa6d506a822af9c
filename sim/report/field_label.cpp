// Scenario fields as a reader names them. assumptions.csv lists every number by its path in
// the YAML file ("options.bolots_project_year.staff.bolots.caseload_per_fte",
// "exits.at_risk[2].p.family_with_children"); the Swedish report shows "Bolots och utökad
// bosamordning, projektåret 2018 – bolots: ärenden per årsarbetare" and "Hotad av vräkning,
// utgång 3: sannolikhet (barnfamiljer)". The English report shows the path as written.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"
#include "hcsim/scenario/field_path.hpp"
#include "hcsim/scenario/schema.hpp"

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace hcsim::report {

namespace {

// Keys of the scenario format, groups of the seed scenarios and units (assumptions.csv).
constexpr Words words{"field_label"};

// A field's key as the Swedish report names it: this file's words where the key's meaning
// depends on where it stands (support_days, a delay that is the length of support), else the
// schema's label (include/hcsim/scenario/schema.hpp), else the key as written.
std::string key_label(const std::string& key) {
    if (const auto own = words.find("key:" + key, Language::sv)) {
        return std::string(*own);
    }
    if (const scenario::FieldSchema* field = scenario::field_for_key(key);
        field != nullptr && !field->label_sv.empty()) {
        return std::string(field->label_sv);
    }
    return readable_name(key);
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, start)) {
        parts.emplace_back(text.substr(start, at - start));
        start = at + 1;
    }
    parts.emplace_back(text.substr(start));
    return parts;
}

std::string group_label(const std::string& group, Language language) {
    return words.or_readable("group:" + group, language, group);
}

// A staff role or fixed cost inside an option: the budget line's title for a fixed cost,
// the role's name for staff.
std::string item_label(const CompareFolder& folder, const std::string& option,
                       const std::string& section, const std::string& item, Language language) {
    if (section == "fixed_costs") {
        if (std::string title = item_title(folder, analysis::BudgetCategory::fixed, item);
            !title.empty()) {
            return title;
        }
    }
    (void)option;
    return role_label(item, language);
}

// The place of a field (scenario::FieldPath, the parser every layer uses), named in Swedish.
std::string sv_field_label(const CompareFolder& folder, const std::string& field) {
    constexpr Language sv = Language::sv;
    const scenario::FieldPath at = scenario::field_path(field);
    const std::vector<std::string> keys =
        at.rest.empty() ? std::vector<std::string>{} : split(at.rest, '.');
    // "exit 3", "arrivals 1": 1-based as a reader counts.
    const std::string number = std::to_string(at.index ? *at.index + 1 : 0);
    const auto group_after = [&](std::size_t k) {
        return keys.size() > k ? " (" + group_label(keys[k], sv) + ")" : std::string();
    };
    if (at.option.empty() && at.section.empty()) {
        return keys.size() == 1 ? words.or_readable(keys[0], sv, keys[0]) : field;
    }
    if (at.section == "arrivals" && at.option.empty() && !keys.empty()) {
        return words.or_readable("arrival", sv, "") + " " + number + ": " + key_label(keys[0]) +
               group_after(1);
    }
    if (at.section == "initial" && at.option.empty() && keys.size() == 1) {
        return words.or_readable("initial", sv, "") + ": " + state_label(at.name, sv) + " (" +
               group_label(keys[0], sv) + ")";
    }
    if (at.section == "groups" && at.option.empty() && keys.size() == 1) {
        return capitalised(group_label(at.name, sv)) + ": " + key_label(keys[0]);
    }
    if (at.section == "states" && at.option.empty() && !keys.empty()) {
        return state_label(at.name, sv) + ": " + key_label(keys[0]) + group_after(1);
    }
    if (at.section == "exits" && at.option.empty() && !keys.empty()) {
        const std::string out = state_label(at.name, sv) + ", " +
                                words.or_readable("exit", sv, "") + " " + number + ": ";
        if (keys[0] == "cost" && keys.size() >= 2) {
            return out + key_label("cost") + " " + payer_label(keys[1], sv);
        }
        if (keys[0] == "p") {
            return out + key_label("p") + group_after(1);
        }
        return out + key_label(at.rest);
    }
    if (!at.option.empty() && !at.section.empty() && !at.name.empty() && !keys.empty()) {
        const std::string option = option_title(folder, at.option, sv);
        const std::string item = item_label(folder, at.option, at.section, at.name, sv);
        if (const auto effect = at.effect_index(); effect && keys.size() >= 2) {
            return option + " – " + item + ": " + words.or_readable("effect", sv, "") + " " +
                   std::to_string(*effect + 1) + ", " + key_label(keys[1]);
        }
        // Keys that end in a state (adds_places.<state>) or a group (outreach.per_fte_year.<g>).
        if (keys[0] == "adds_places" && keys.size() == 2) {
            return option + " – " + item + ": " + key_label("adds_places") + ", " +
                   state_label(keys[1], sv);
        }
        if (keys[0] == "outreach" && keys.size() == 3) {
            return option + " – " + item + ": " + key_label("outreach." + keys[1]) + " (" +
                   group_label(keys[2], sv) + ")";
        }
        return option + " – " + item + ": " + key_label(at.rest);
    }
    return field;
}

} // namespace

std::string trimmed_number(double value, Language language) {
    const bool whole = value == std::floor(value);
    std::string out = format_number(value, whole ? 0 : 4, language);
    if (!whole) { // trailing zeros say nothing
        while (out.back() == '0') {
            out.pop_back();
        }
    }
    return out;
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    } else if (text.starts_with("ä") || text.starts_with("å") || text.starts_with("ö")) {
        text[1] = static_cast<char>(text[1] - 0x20); // U+00E4 -> U+00C4 and its neighbours
    }
    return text;
}

std::string field_label(const CompareFolder& folder, const std::string& field, Language language) {
    return language == Language::sv ? sv_field_label(folder, field) : field;
}

std::string assumption_unit(std::string_view unit, Language language) {
    return unit.empty() ? "" : words.or_readable("unit:" + std::string(unit), language, unit);
}

std::string uncertainty_label(const std::string& description, Language language) {
    // "lognormal(median 0.6, p95 0.921)", "beta(mean 0.7, sd 0.1)", "triangular(15, 25, 35)"
    const auto open = description.find('(');
    if (language != Language::sv || open == std::string::npos || description.back() != ')') {
        return description;
    }
    std::string out = words.or_readable("dist:" + description.substr(0, open), language,
                                        description.substr(0, open)) +
                      " (";
    const auto items = split(description.substr(open + 1, description.size() - open - 2), ',');
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string item = items[i];
        while (!item.empty() && item.front() == ' ') {
            item.erase(0, 1);
        }
        const auto space = item.find(' ');
        const std::string name = space == std::string::npos ? "" : item.substr(0, space);
        const std::string number = space == std::string::npos ? item : item.substr(space + 1);
        char* end = nullptr;
        const double value = std::strtod(number.c_str(), &end);
        const std::string shown =
            end != number.c_str() && *end == '\0' ? trimmed_number(value, language) : number;
        out += (i == 0 ? "" : "; ") +
               (name.empty() ? "" : words.or_readable("stat:" + name, language, name) + " ") +
               shown;
    }
    return out + ")";
}

} // namespace hcsim::report
