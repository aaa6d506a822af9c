#pragma once
// An enumeration's names as one array in the enumerators' order (they count from 0; each table
// asserts its length against the last enumerator), read both ways: a switch per enum repeated
// the same shape in every layer, and a parser beside it could drift from the printer.
#include <cstddef>
#include <optional>
#include <string_view>
#include <type_traits>

namespace hcsim {

// The name of `value`; `missing` for a value beyond the table.
template <typename Enum, std::size_t N>
[[nodiscard]] constexpr std::string_view name_of(const std::string_view (&names)[N], Enum value,
                                                 std::string_view missing = "unknown") noexcept {
    const auto index = static_cast<std::size_t>(static_cast<std::underlying_type_t<Enum>>(value));
    return index < N ? names[index] : missing;
}

template <typename Enum, std::size_t N>
[[nodiscard]] constexpr std::optional<Enum> value_named(const std::string_view (&names)[N],
                                                        std::string_view name) noexcept {
    for (std::size_t index = 0; index < N; ++index) {
        if (names[index] == name) {
            return static_cast<Enum>(index);
        }
    }
    return std::nullopt;
}

} // namespace hcsim
