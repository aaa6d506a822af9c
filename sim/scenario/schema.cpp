#include "hcsim/scenario/schema.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <vector>

namespace hcsim::scenario {

namespace {

using namespace fields;

constexpr std::array all{&horizon_years,
                         &discount_rate,
                         &price_year,
                         &replications,
                         &seed,
                         &homeless_trend,
                         &group_children,
                         &state_cost,
                         &state_capacity,
                         &capacity_from_year,
                         &capacity_from_month,
                         &capacity_change,
                         &initial_count,
                         &arrival_rate,
                         &arrival_trend,
                         &arrival_season,
                         &exit_p,
                         &exit_cost,
                         &delay_mean,
                         &delay_cv,
                         &delay_shape,
                         &delay_days,
                         &delay_min,
                         &delay_max,
                         &delay_weights,
                         &staff_fte,
                         &staff_cost,
                         &staff_caseload,
                         &staff_client_time,
                         &contact_success,
                         &contact_attempts,
                         &contact_days,
                         &staff_max_wait,
                         &staff_move_lead,
                         &effect_risk,
                         &effect_delay,
                         &lasting_share,
                         &lasting_half_life,
                         &added_places,
                         &outreach_rate,
                         &active_from_year,
                         &active_to_year,
                         &active_from_month,
                         &active_to_month,
                         &fixed_amount,
                         &fixed_per_year,
                         &target_observed,
                         &target_sd,
                         &target_weight};

// Path segments without list indices: "exits[2].p.default" -> exits, p, default.
std::vector<std::string> segments(std::string_view field) {
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

// The key an entry's unit is found by: the last segment of its path that is not a <name>.
std::string unit_key(const FieldSchema& f) {
    const auto parts = segments(f.path);
    for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
        if (!part->starts_with('<')) {
            return *part;
        }
    }
    return "";
}

// Numbers as the reference table writes them: 2200; 12,000; 1e7; 0.01; 1e-9; unlimited.
std::string number_text(double v) {
    if (std::isinf(v)) {
        return v > 0 ? "unlimited" : "−unlimited";
    }
    if (v == std::floor(v) && std::fabs(v) < 1e4) {
        return std::to_string(static_cast<long long>(v));
    }
    if (v == std::floor(v) && std::fabs(v) < 1e7) {
        const std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
        std::string text = v < 0 ? "−" : "";
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) {
                text += ',';
            }
            text += digits[i];
        }
        return text;
    }
    for (int k = -12; k <= 300; ++k) {
        if (k > -4 && k < 7) {
            continue; // 0.01 and 0.1 read better as they are
        }
        if (std::fabs(v) == std::pow(10.0, k)) {
            std::string text = v < 0 ? "−1e" : "1e";
            text += std::to_string(k);
            return text;
        }
    }
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%g", v);
    return text.data();
}

} // namespace

std::span<const FieldSchema* const> field_schema() {
    return all;
}

std::string schema_markdown() {
    std::string out = "| field | unit | range | if left out | meaning |\n|---|---|---|---|---|\n";
    for (const FieldSchema* f : all) {
        std::string range = number_text(f->min) + " to " +
                            (f->max_note.empty() ? number_text(f->max) : std::string(f->max_note));
        if (f->whole) {
            range += ", whole";
        }
        if (f->per_group) {
            range += ", per group";
        }
        const std::string absent = !f->absent.empty() || !f->default_value
                                       ? std::string(f->absent)
                                       : number_text(*f->default_value);
        out += "| `" + std::string(f->path) + "` | " + std::string(f->unit) + " | " + range +
               " | " + absent + " | " + std::string(f->help) + " |\n";
    }
    return out;
}

const FieldSchema* field_for_key(std::string_view key) {
    const std::vector<std::string> wanted = segments(key);
    const auto matches = [&](std::vector<std::string> path) {
        if (!path.empty() && path.back().starts_with('<')) {
            path.pop_back(); // "adds_places" names staff.<role>.adds_places.<state>
        }
        if (path.size() < wanted.size()) {
            return false;
        }
        const std::size_t from = path.size() - wanted.size();
        for (std::size_t i = 0; i < wanted.size(); ++i) {
            // A <name> stands for any segment but the key's own last one, which must be named.
            const std::string& part = path[from + i];
            if (part.starts_with('<') ? i + 1 == wanted.size() : part != wanted[i]) {
                return false;
            }
        }
        return true;
    };
    for (const FieldSchema* f : all) {
        if (matches(segments(f->path))) {
            return f;
        }
    }
    return nullptr;
}

std::string unit_of_field(const std::string& field) {
    // key -> the entries it names (per_year names two: arrivals' and fixed costs').
    static const std::map<std::string, std::vector<const FieldSchema*>> by_key = [] {
        std::map<std::string, std::vector<const FieldSchema*>> map;
        for (const FieldSchema* f : all) {
            if (!f->unit.empty()) {
                map[unit_key(*f)].push_back(f);
            }
        }
        return map;
    }();
    const std::vector<std::string> parts = segments(field);
    const auto has = [&](const std::string& key) {
        return std::find(parts.begin(), parts.end(), key) != parts.end();
    };
    if (has("initial")) {
        return std::string(initial_count.unit);
    }
    for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
        const auto found = by_key.find(*part);
        if (found == by_key.end()) {
            continue;
        }
        // Where one key names several fields, the one whose section the path is in.
        for (const FieldSchema* f : found->second) {
            if (has(segments(f->path).front())) {
                return std::string(f->unit);
            }
        }
        return std::string(found->second.front()->unit);
    }
    return "";
}

} // namespace hcsim::scenario
