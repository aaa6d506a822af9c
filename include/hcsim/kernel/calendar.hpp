#pragma once
// The pending-event set: a 4-ary min-heap ordered by (time, priority, id), with lazy
// cancellation. A 4-ary heap halves the depth of a binary heap and keeps siblings in one
// cache line, which matters once the calendar holds thousands of households.
#include "hcsim/kernel/event.hpp"

#include <cstddef>
#include <optional>
#include <unordered_set>
#include <vector>

namespace hcsim::kernel {

class EventCalendar {
public:
    EventId push(double time, int priority, EventKind kind, std::uint64_t subject);
    // Marks a pending event as cancelled; false if it is unknown, already run or cancelled.
    bool cancel(EventId id);
    // Removes and returns the next live event, skipping cancelled ones.
    std::optional<Event> pop();
    // The time of the next live event, if any.
    std::optional<double> next_time();
    [[nodiscard]] std::size_t size() const noexcept { return heap_.size() - cancelled_.size(); }
    [[nodiscard]] bool empty() const noexcept { return size() == 0; }
    void reserve(std::size_t n) { heap_.reserve(n); }

private:
    void sift_up(std::size_t index);
    void sift_down(std::size_t index);
    void drop_cancelled_top();
    void remove_top();

    std::vector<Event> heap_;
    std::unordered_set<EventId> cancelled_; // ids still in the heap but no longer live
    std::unordered_set<EventId> live_;      // ids in the heap that may be cancelled
    EventId next_id_ = 0;
};

} // namespace hcsim::kernel
