#include "hcsim/model/spec.hpp"

#include <cmath>

namespace hcsim::model {

std::size_t StaffPoolSpec::slots() const noexcept {
    const double raw = fte * client_time_share * caseload_per_fte;
    return raw > 0.0 ? static_cast<std::size_t>(std::llround(raw)) : 0;
}

std::size_t ModelSpec::years() const noexcept {
    return static_cast<std::size_t>(std::ceil(horizon_days / days_per_year - 1e-9));
}

std::size_t ModelSpec::months() const noexcept {
    return static_cast<std::size_t>(std::ceil(horizon_days / days_per_month - 1e-9));
}

std::optional<StateIndex> ModelSpec::find_state(const std::string& name) const {
    for (StateIndex i = 0; i < states.size(); ++i) {
        if (states[i].name == name) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace hcsim::model
