#pragma once
// The number of draws a per-option table holds, checked to be the same for every option (the
// value-of-information estimators pair draws across options).
#include <cstddef>
#include <stdexcept>
#include <vector>

namespace hcsim::analysis::detail {

template <typename Draw>
[[nodiscard]] std::size_t draw_count(const std::vector<std::vector<Draw>>& per_option) {
    const std::size_t n = per_option.empty() ? 0 : per_option.front().size();
    for (const auto& option : per_option) {
        if (option.size() != n) {
            throw std::invalid_argument("every option needs the same number of draws");
        }
    }
    return n;
}

} // namespace hcsim::analysis::detail
