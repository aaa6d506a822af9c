#pragma once
// The pending-event set: a 4-ary min-heap ordered by (time, priority, sequence), with lazy
// cancellation. Priority and sequence share one 64-bit order key (priority in the top 16
// bits), so a comparison is two fields, as in a hand-written loop. A 4-ary heap halves the depth of
// a binary heap and keeps siblings in one cache line, which matters once the calendar holds
// thousands of households.
//
// Cancellation is allocation-free: every pending event owns a slot (reused through a free
// list) whose generation changes when the event leaves the calendar. An EventId is
// (generation, slot), so a stale id never matches. The heap moves only what ordering needs
// (24 bytes); kind and subject wait in the slot. Memory per pending event: 24 bytes of heap
// node, 16 of slot, 4 of free list; nothing is allocated per event once the vectors have grown.
#include "hcsim/kernel/event.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace hcsim::kernel {

class EventCalendar {
public:
    // Priorities share a 64-bit key with the sequence number, so they are 16-bit.
    static constexpr int min_priority = -(1 << 15);
    static constexpr int max_priority = (1 << 15) - 1;

    // Throws std::out_of_range for a priority outside [min_priority, max_priority].
    EventId push(double time, int priority, EventKind kind, std::uint64_t subject);
    // Marks a pending event as cancelled; false if it is unknown, already run or cancelled.
    bool cancel(EventId id);
    // Removes and returns the next live event, skipping cancelled ones.
    std::optional<Event> pop();
    // Removes and returns the next live event if it runs no later than `horizon`.
    std::optional<Event> pop_until(double horizon);
    // The time of the next live event, if any.
    std::optional<double> next_time();
    [[nodiscard]] std::size_t size() const noexcept { return heap_.size() - cancelled_; }
    [[nodiscard]] bool empty() const noexcept { return size() == 0; }
    void reserve(std::size_t n);

private:
    struct Node {
        double time = 0.0;
        std::uint64_t order = 0; // priority (offset to unsigned) << 48 | sequence
        std::uint32_t slot = 0;
    };
    struct Slot {
        std::uint64_t subject = 0;
        EventKind kind = 0;
        std::uint32_t generation : 31 = 0;
        std::uint32_t cancelled : 1 = 0;
    };
    static_assert(sizeof(Node) == 24 && sizeof(Slot) == 16);

    void sift_up(std::size_t index);
    void sift_down(std::size_t index);
    void drop_cancelled_top();
    void remove_top();
    void release(std::uint32_t slot) noexcept;

    std::vector<Node> heap_;
    std::vector<Slot> slots_;
    std::vector<std::uint32_t> free_slots_;
    std::size_t cancelled_ = 0; // cancelled events still in the heap
    std::uint64_t next_sequence_ = 0;
};

} // namespace hcsim::kernel
