#pragma once
// The audit trail of one replication (`hcsim run --trace`): every event of replication 0.
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
    std::string to;   // empty when it leaves
};

// Replication 0 of `option` with `seed`. Throws BadInput for an unknown option.
[[nodiscard]] std::vector<TraceRow> trace(const scenario::Scenario& s, const std::string& option,
                                          std::uint64_t seed);

} // namespace hcsim::study
