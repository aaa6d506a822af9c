#pragma once
// Numbers as a reader of each language expects them. Swedish: a no-break space (U+00A0)
// between thousands, a decimal comma, the minus sign U+2212, and a no-break space before the
// unit: "1 234,5 tkr", "−4,6". English: "1,234.5 tkr", "-4.6".
#include <string>
#include <string_view>

namespace hcsim::report {

enum class Language { sv, en };

// "sv" or "en"; anything else is std::nullopt-like: throws std::invalid_argument.
[[nodiscard]] Language parse_language(std::string_view code);
[[nodiscard]] std::string_view language_code(Language language);

inline constexpr std::string_view no_break_space = "\u00a0";

// The value with `decimals` decimals, grouped in thousands. NaN gives "–".
[[nodiscard]] std::string format_number(double value, int decimals, Language language);
// Decimals that show a value of this size sensibly: 0 from 100 (and for 0), 1 from 10,
// else 2.
[[nodiscard]] int sensible_decimals(double value);
// The value with sensible decimals and its unit: "1 234 tkr", "3,9 hushåll".
[[nodiscard]] std::string format_quantity(double value, std::string_view unit, Language language);
// "−4,6 (95 % KI −4,9 till −4,3)" with one number of decimals for all three.
[[nodiscard]] std::string format_interval(double mean, double low, double high,
                                          std::string_view unit, Language language);
// The same for a difference: a plus sign on positive values ("+2,6 hushåll (95 % KI ...)").
[[nodiscard]] std::string format_difference(double mean, double low, double high,
                                            std::string_view unit, Language language);

} // namespace hcsim::report
