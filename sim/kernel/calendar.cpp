#include "hcsim/kernel/calendar.hpp"

#include <utility>

namespace hcsim::kernel {

namespace {
constexpr std::size_t arity = 4;
}

EventId EventCalendar::push(double time, int priority, EventKind kind, std::uint64_t subject) {
    const EventId id = next_id_++;
    heap_.push_back(Event{time, priority, id, kind, subject});
    live_.insert(id);
    sift_up(heap_.size() - 1);
    return id;
}

bool EventCalendar::cancel(EventId id) {
    if (live_.erase(id) == 0) {
        return false;
    }
    cancelled_.insert(id);
    return true;
}

std::optional<Event> EventCalendar::pop() {
    drop_cancelled_top();
    if (heap_.empty()) {
        return std::nullopt;
    }
    const Event top = heap_.front();
    live_.erase(top.id);
    remove_top();
    return top;
}

std::optional<double> EventCalendar::next_time() {
    drop_cancelled_top();
    if (heap_.empty()) {
        return std::nullopt;
    }
    return heap_.front().time;
}

void EventCalendar::drop_cancelled_top() {
    while (!heap_.empty() && cancelled_.erase(heap_.front().id) > 0) {
        remove_top();
    }
}

void EventCalendar::remove_top() {
    heap_.front() = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) {
        sift_down(0);
    }
}

void EventCalendar::sift_up(std::size_t index) {
    const Event moving = heap_[index];
    while (index > 0) {
        const std::size_t parent = (index - 1) / arity;
        if (!runs_before(moving, heap_[parent])) {
            break;
        }
        heap_[index] = heap_[parent];
        index = parent;
    }
    heap_[index] = moving;
}

void EventCalendar::sift_down(std::size_t index) {
    const Event moving = heap_[index];
    const std::size_t count = heap_.size();
    while (true) {
        const std::size_t first_child = index * arity + 1;
        if (first_child >= count) {
            break;
        }
        std::size_t best = first_child;
        const std::size_t last_child = std::min(first_child + arity, count);
        for (std::size_t child = first_child + 1; child < last_child; ++child) {
            if (runs_before(heap_[child], heap_[best])) {
                best = child;
            }
        }
        if (!runs_before(heap_[best], moving)) {
            break;
        }
        heap_[index] = heap_[best];
        index = best;
    }
    heap_[index] = moving;
}

} // namespace hcsim::kernel
