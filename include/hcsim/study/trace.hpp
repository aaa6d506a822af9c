#pragma once
// The audit trail (`hcsim run --trace`): every event of replications 0..n-1; staff events name
// their role, and support_ended gives why in `to` (duration, left_state, goal, pool_ended).
#include "hcsim/scenario/scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hcsim::study {

struct TraceRow {
    double time = 0.0;
    std::uint64_t household = 0;
    std::string group;
    std::string event;
    std::string from; // empty when the household enters from outside
    std::string to;   // empty when it leaves; the reason, for support_ended
    std::string role; // the staff pool of a staff event, else empty
    std::uint64_t replication = 0;
};

// Replications 0..replications-1 of `option` with `seed`. Throws BadInput for an unknown option.
[[nodiscard]] std::vector<TraceRow> trace(const scenario::Scenario& s, const std::string& option,
                                          std::uint64_t seed, std::uint64_t replications = 1);

} // namespace hcsim::study
