#include "hcsim/kernel/simulation.hpp"

#include <cmath>
#include <string>

namespace hcsim::kernel {

EventKind Simulation::register_handler(Handler handler) {
    handlers_.push_back(std::move(handler));
    return static_cast<EventKind>(handlers_.size() - 1);
}

EventId Simulation::schedule_at(double time, EventKind kind, std::uint64_t subject, int priority) {
    if (!(time >= now_) || std::isnan(time)) {
        throw SimulationError("event scheduled at time " + std::to_string(time) +
                              ", before the clock " + std::to_string(now_));
    }
    if (priority < EventCalendar::min_priority || priority > EventCalendar::max_priority) {
        throw SimulationError("event priority " + std::to_string(priority) +
                              " outside -32768..32767");
    }
    if (kind >= handlers_.size()) {
        throw SimulationError("event kind " + std::to_string(kind) + " has no handler");
    }
    return calendar_.push(time, priority, kind, subject);
}

void Simulation::dispatch(const Event& event) {
    now_ = event.time;
    ++processed_;
    handlers_[event.kind](event);
}

bool Simulation::step() {
    const auto event = calendar_.pop();
    if (!event) {
        return false;
    }
    dispatch(*event);
    return true;
}

void Simulation::run_until(double horizon) {
    while (const auto event = calendar_.pop_until(horizon)) {
        dispatch(*event);
    }
    if (horizon > now_) {
        now_ = horizon;
    }
}

void Simulation::run() {
    while (step()) {
    }
}

} // namespace hcsim::kernel
