#pragma once
// An enumeration's names as one table of {value, name} rows, read both ways: a switch per enum
// repeated the same shape in every layer, and a parser beside it could drift from the printer.
#include <cstddef>
#include <optional>
#include <string_view>

namespace hcsim {

template <typename Enum>
struct EnumName {
    Enum value;
    std::string_view name;
};

// The name of `value` in `names`; `missing` where the table lacks it (a new enumerator not yet
// named, which a test of the table catches).
template <typename Enum, std::size_t N>
[[nodiscard]] constexpr std::string_view name_of(const EnumName<Enum> (&names)[N], Enum value,
                                                 std::string_view missing = "unknown") noexcept {
    for (const auto& row : names) {
        if (row.value == value) {
            return row.name;
        }
    }
    return missing;
}

template <typename Enum, std::size_t N>
[[nodiscard]] constexpr std::optional<Enum> value_named(const EnumName<Enum> (&names)[N],
                                                        std::string_view name) noexcept {
    for (const auto& row : names) {
        if (row.name == name) {
            return row.value;
        }
    }
    return std::nullopt;
}

} // namespace hcsim
