#include "hcsim/report/text.hpp"

#include <array>
#include <stdexcept>

namespace hcsim::report {

std::optional<std::string_view> translate(std::span<const Phrase> table, std::string_view key,
                                          Language language) {
    for (const Phrase& phrase : table) {
        if (phrase.key == key) {
            return language == Language::sv ? phrase.sv : phrase.en;
        }
    }
    return std::nullopt;
}

std::string phrase(std::span<const Phrase> table, std::string_view key, Language language) {
    if (const auto words = translate(table, key, language)) {
        return std::string(*words);
    }
    throw std::out_of_range("no phrase " + std::string(key));
}

std::string Words::operator()(std::string_view key, Language language) const {
    return phrase(phrases(), key, language);
}

std::optional<std::string_view> Words::find(std::string_view key, Language language) const {
    return translate(phrases(), key, language);
}

std::string Words::or_readable(std::string_view key, Language language,
                               std::string_view fallback) const {
    if (const auto words = find(key, language)) {
        return std::string(*words);
    }
    return readable_name(fallback);
}

namespace {

// Report phrases, metric names (metric:), units (unit:), states (state:), options (option:),
// payers (payer:) and budget items (item:).
constexpr Words phrases{"text"};

std::string lookup_or(std::string_view key, Language language, std::string_view fallback) {
    return std::string(phrases.find(key, language).value_or(fallback));
}

std::string prefixed(std::string_view prefix, std::string_view name, Language language) {
    return lookup_or(std::string(prefix) + std::string(name), language, readable_name(name));
}

} // namespace

std::string_view text(std::string_view key, Language language) {
    if (const auto words = phrases.find(key, language)) {
        return *words;
    }
    throw std::out_of_range("no report phrase '" + std::string(key) + "'");
}

std::string readable_name(std::string_view name) {
    std::string out(name);
    for (char& c : out) {
        c = c == '_' ? ' ' : c;
    }
    return out;
}

std::string unit_label(std::string_view unit, Language language) {
    return unit.empty() ? "" : lookup_or("unit:" + std::string(unit), language, unit);
}

std::string metric_label(std::string_view metric, Language language) {
    if (metric.starts_with("evictions_of_")) {
        const std::string group(metric.substr(13));
        return lookup_or("metric:" + std::string(metric), language,
                         (language == Language::sv ? "Vräkningar: " : "Evictions: ") +
                             prefixed("group:", group, language));
    }
    if (metric.ends_with("_nights") && !metric.starts_with("homeless")) {
        const std::string state(metric.substr(0, metric.size() - 7));
        const std::string nights = language == Language::sv ? "Nätter: " : "Nights: ";
        return lookup_or("metric:" + std::string(metric), language,
                         nights + state_label(state, language));
    }
    if (metric.starts_with("cost_") && metric.ends_with("_tkr")) {
        const std::string payer(metric.substr(5, metric.size() - 9));
        const std::string paid_by = language == Language::sv ? "Kostnad för " : "Cost to ";
        return lookup_or("metric:" + std::string(metric), language,
                         paid_by + payer_label(payer, language));
    }
    return prefixed("metric:", metric, language);
}

std::string state_label(std::string_view state, Language language) {
    return prefixed("state:", state, language);
}

std::string option_label(std::string_view option, Language language) {
    return prefixed("option:", option, language);
}

std::string payer_label(std::string_view payer, Language language) {
    return prefixed("payer:", payer, language);
}

std::string role_label(std::string_view role, Language language) {
    return prefixed("role:", role, language);
}

std::string staff_line_label(std::string_view role, double fte, Language language) {
    std::string out(text("staff_line", language));
    out.replace(out.find("{fte}"), 5, format_number(fte, 1, language));
    out.replace(out.find("{role}"), 6, role_label(role, language));
    return out;
}

std::string fixed_line_label(std::string_view item, Language language) {
    std::string out(text("fixed_line", language));
    out.replace(out.find("{item}"), 6, readable_name(item));
    return out;
}

} // namespace hcsim::report
