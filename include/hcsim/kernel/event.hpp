#pragma once
// One scheduled occurrence in the event calendar. Plain data, no allocation per event.
#include <cstdint>

namespace hcsim::kernel {

using EventKind = std::uint32_t;
using EventId = std::uint64_t;

struct Event {
    double time = 0.0;
    int priority = 0;   // lower runs first among events at the same time
    EventId id = 0;     // increasing sequence: ties in (time, priority) run in schedule order
    EventKind kind = 0; // index of the registered handler
    std::uint64_t subject = 0; // what the handler acts on (an entity id, a resource index...)
};

// Strict ordering by (time, priority, id): the order must be total for the run to be
// reproducible.
[[nodiscard]] constexpr bool runs_before(const Event& a, const Event& b) noexcept {
    if (a.time != b.time) {
        return a.time < b.time;
    }
    if (a.priority != b.priority) {
        return a.priority < b.priority;
    }
    return a.id < b.id;
}

} // namespace hcsim::kernel
