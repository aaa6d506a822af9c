// Uncertain parameters as a reader names them. psa writes labels built from field paths
// ("bosamordnare: at_risk -> evicted (relative risk)", "states.shelter.cost_per_day"); the
// report shows them with the states, exits and payers in the report's language.
#include "hcsim/report/text.hpp"

#include <optional>
#include <string>
#include <utility>

namespace hcsim::report {

namespace {

// Exit names of the seed scenarios, parameter keys and effect kinds.
constexpr Words words{"parameter_label"};

// A role or key as a scenario writes it: letters, digits, '_' and '-'.
bool is_name(std::string_view text) {
    return !text.empty() &&
           text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                  "0123456789_-åäöÅÄÖ") == std::string_view::npos;
}

std::string key_label(std::string_view key, Language language) {
    return words.or_readable("key:" + std::string(key), language, key);
}

// "<role>: <state> -> <exit> (<kind>)", as psa names a staff effect; empty if not that form.
std::string effect_label(std::string_view label, Language language) {
    const auto colon = label.find(": ");
    const auto arrow = label.find(" -> ");
    const auto open = label.rfind(" (");
    if (colon == std::string_view::npos || arrow == std::string_view::npos ||
        open == std::string_view::npos || !label.ends_with(")") || !(colon < arrow) ||
        !(arrow < open)) {
        return "";
    }
    const auto state = label.substr(colon + 2, arrow - colon - 2);
    const auto exit = label.substr(arrow + 4, open - arrow - 4);
    const auto kind = label.substr(open + 2, label.size() - open - 3);
    return std::string(label.substr(0, colon)) + ": " + state_label(state, language) + " → " +
           words.or_readable("exit:" + std::string(exit), language, exit) + " (" +
           words.or_readable("kind:" + std::string(kind), language, kind) + ")";
}

// A list index written "[12]" at the start of `text`: the index and the rest after "].".
std::optional<std::pair<std::size_t, std::string_view>> leading_index(std::string_view text) {
    const auto close = text.find("].");
    if (!text.starts_with("[") || close == std::string_view::npos || close < 2 || close > 8) {
        return std::nullopt;
    }
    const std::string digits(text.substr(1, close - 1));
    if (digits.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::pair{static_cast<std::size_t>(std::stoul(digits)), text.substr(close + 2)};
}

// "<key>" or "<key>.<group>" (a per-group value): the key's label, then the group's.
std::string key_and_group(std::string_view rest, Language language) {
    for (const std::string_view key : {"delay.mean_days", "trend_per_year", "per_year", "p"}) {
        if (rest == key) {
            return key_label(key, language);
        }
        if (rest.starts_with(key) && rest.size() > key.size() + 1 && rest[key.size()] == '.') {
            const auto group = rest.substr(key.size() + 1);
            return key_label(key, language) + ", " +
                   words.or_readable("group:" + std::string(group), language, group);
        }
    }
    return "";
}

// exits.<state>[<i>].<key>[.<group>] and arrivals[<i>].<key>[.<group>], as calibration and the
// assumptions table name them.
std::string chain_label(std::string_view label, Language language) {
    if (label.starts_with("arrivals")) {
        if (const auto index = leading_index(label.substr(8))) {
            if (const std::string key = key_and_group(index->second, language); !key.empty()) {
                return words.or_readable("arrival_number", language, "") + " " +
                       std::to_string(index->first + 1) + ": " + key;
            }
        }
    }
    if (label.starts_with("exits.")) {
        const auto rest = label.substr(6);
        const auto bracket = rest.find('[');
        if (bracket != std::string_view::npos) {
            if (const auto index = leading_index(rest.substr(bracket))) {
                if (const std::string key = key_and_group(index->second, language); !key.empty()) {
                    return state_label(rest.substr(0, bracket), language) + ", " +
                           words.or_readable("exit_number", language, "") + " " +
                           std::to_string(index->first + 1) + ": " + key;
                }
            }
        }
    }
    return "";
}

} // namespace

std::string parameter_label(std::string_view label, Language language) {
    if (const std::string chain = chain_label(label, language); !chain.empty()) {
        return chain;
    }
    if (const std::string effect = effect_label(label, language); !effect.empty()) {
        return effect;
    }
    // states.<state>.<key>
    if (label.starts_with("states.")) {
        const auto rest = label.substr(7);
        if (const auto dot = rest.find('.'); dot != std::string_view::npos) {
            return state_label(rest.substr(0, dot), language) + ": " +
                   key_label(rest.substr(dot + 1), language);
        }
    }
    // exits.<state>[<i>].cost.<payer>
    if (label.starts_with("exits.")) {
        const auto rest = label.substr(6);
        const auto bracket = rest.find('[');
        const auto close = rest.find("].cost.");
        if (bracket != std::string_view::npos && close != std::string_view::npos &&
            bracket < close) {
            const std::string index(rest.substr(bracket + 1, close - bracket - 1));
            if (!index.empty() && index.size() < 10 &&
                index.find_first_not_of("0123456789") == std::string::npos) {
                return state_label(rest.substr(0, bracket), language) + ", " +
                       words.or_readable("exit_number", language, "") + " " +
                       std::to_string(std::stoul(index) + 1) + ": " +
                       words.or_readable("cost_to", language, "") + " " +
                       payer_label(rest.substr(close + 7), language);
            }
        }
    }
    // "<role> <key>", as psa names a staff pool's own numbers
    if (const auto space = label.find(' ');
        space != std::string_view::npos && label.find('.') > space &&
        is_name(label.substr(0, space)) && label.find(' ', space + 1) == std::string_view::npos) {
        return std::string(label.substr(0, space)) + ": " +
               key_label(label.substr(space + 1), language);
    }
    return std::string(label);
}

} // namespace hcsim::report
