#pragma once
// One scheduled occurrence in the event calendar. Plain data, no allocation per event.
#include <cstdint>

namespace hcsim::kernel {

using EventKind = std::uint32_t;
// A handle for cancelling a pending event (slot and generation; see EventCalendar).
using EventId = std::uint64_t;

// Fields ordered so the struct packs into 32 bytes: a pending event, with its calendar slot,
// costs 48 bytes.
struct Event {
    double time = 0.0;
    std::uint64_t sequence = 0; // increasing: ties in (time, priority) run in schedule order
    std::uint64_t subject = 0;  // what the handler acts on (an entity id, a resource index...)
    int priority = 0;           // lower runs first among events at the same time
    EventKind kind = 0;         // index of the registered handler
};

// Strict ordering by (time, priority, sequence): the order must be total for the run to be
// reproducible.
[[nodiscard]] constexpr bool runs_before(const Event& a, const Event& b) noexcept {
    if (a.time != b.time) {
        return a.time < b.time;
    }
    if (a.priority != b.priority) {
        return a.priority < b.priority;
    }
    return a.sequence < b.sequence;
}

} // namespace hcsim::kernel
