#include "hcsim/report/format.hpp"

#include "hcsim/report/text.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace hcsim::report {

Language parse_language(std::string_view code) {
    if (code == "sv") {
        return Language::sv;
    }
    if (code == "en") {
        return Language::en;
    }
    throw std::invalid_argument("unknown language '" + std::string(code) + "' (sv or en)");
}

std::string_view language_code(Language language) {
    return language == Language::sv ? "sv" : "en";
}

std::string format_number(double value, int decimals, Language language) {
    if (std::isnan(value)) {
        return "–";
    }
    char digits[64];
    std::snprintf(digits, sizeof digits, "%.*f", decimals, std::abs(value));
    const std::string plain(digits);
    const std::size_t point = plain.find('.');
    const std::string whole = plain.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : plain.substr(point + 1);
    const std::string thousands = language == Language::sv ? std::string(no_break_space) : ",";
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) {
            grouped += thousands;
        }
        grouped += whole[i];
    }
    std::string out = grouped;
    if (!fraction.empty()) {
        out += (language == Language::sv ? "," : ".") + fraction;
    }
    const bool rounds_to_zero = out.find_first_not_of("0,." + thousands) == std::string::npos;
    if (value < 0 && !rounds_to_zero) {
        out = (language == Language::sv ? "\u2212" : "-") + out;
    }
    return out;
}

int sensible_decimals(double value) {
    const double magnitude = std::abs(value);
    return magnitude >= 100.0 || magnitude == 0.0 ? 0 : magnitude >= 10.0 ? 1 : 2;
}

std::string format_quantity(double value, std::string_view unit, Language language) {
    const std::string number = format_number(value, sensible_decimals(value), language);
    const std::string label = unit_label(unit, language);
    return label.empty() ? number : number + std::string(no_break_space) + label;
}

std::string format_interval(double mean, double low, double high, std::string_view unit,
                            Language language) {
    const int decimals = sensible_decimals(mean);
    const std::string label = unit_label(unit, language);
    const std::string suffix = label.empty() ? "" : std::string(no_break_space) + label;
    return format_number(mean, decimals, language) + suffix + " (" +
           std::string(text("ci95", language)) + " " + format_number(low, decimals, language) +
           " " + std::string(text("to", language)) + " " + format_number(high, decimals, language) +
           ")";
}

std::string format_difference(double mean, double low, double high, std::string_view unit,
                              Language language) {
    const std::string text = format_interval(mean, low, high, unit, language);
    const bool positive = mean > 0 && format_number(mean, sensible_decimals(mean), language) !=
                                          format_number(0.0, sensible_decimals(mean), language);
    return positive ? "+" + text : text;
}

} // namespace hcsim::report
