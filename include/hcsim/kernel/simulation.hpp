#pragma once
// The simulation clock and event loop. Handlers are registered once and addressed by
// index, so scheduling an event copies a few words and never allocates a closure.
#include "hcsim/error.hpp"
#include "hcsim/kernel/calendar.hpp"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <vector>

namespace hcsim::kernel {

// The engine was misused (an event in the past, an unknown kind): a fault of the caller.
class SimulationError : public InternalError {
    using InternalError::InternalError;
};

class Simulation {
public:
    using Handler = std::function<void(const Event&)>;

    EventKind register_handler(Handler handler);

    // Schedules at an absolute time, which must not lie in the past.
    EventId schedule_at(double time, EventKind kind, std::uint64_t subject = 0, int priority = 0);
    EventId schedule_in(double delay, EventKind kind, std::uint64_t subject = 0, int priority = 0) {
        return schedule_at(now_ + delay, kind, subject, priority);
    }
    bool cancel(EventId id) { return calendar_.cancel(id); }

    // Runs the next event; false when the calendar is empty.
    bool step();
    // Runs every event with time <= horizon, then sets the clock to the horizon.
    void run_until(double horizon);
    // Runs until the calendar is empty.
    void run();

    [[nodiscard]] double now() const noexcept { return now_; }
    [[nodiscard]] std::size_t pending() const noexcept { return calendar_.size(); }
    [[nodiscard]] std::uint64_t events_processed() const noexcept { return processed_; }
    void reserve(std::size_t events) { calendar_.reserve(events); }

private:
    void dispatch(const Event& event);

    EventCalendar calendar_;
    std::vector<Handler> handlers_;
    double now_ = 0.0;
    std::uint64_t processed_ = 0;
};

} // namespace hcsim::kernel
