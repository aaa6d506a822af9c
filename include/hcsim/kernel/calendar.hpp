#pragma once
// The pending-event set: a 4-ary min-heap ordered by (time, priority, sequence), with lazy
// cancellation. A 4-ary heap halves the depth of a binary heap; its nodes are 16 bytes (time,
// slot), so a node's four children fill one cache line. Priority and sequence share one 64-bit
// order key (priority in the top 16 bits) kept in the slot: only equal times look it up.
//
// Cancellation is allocation-free: every pending event owns a slot (reused through a free
// list) whose generation changes when the event leaves the calendar. An EventId is
// (generation, slot), so a stale id never matches. Memory per pending event: 16 bytes of heap
// node, 24 of slot, 4 of free list; nothing is allocated per event once the vectors have grown.
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
    // 16 bytes, so a node's four children share one cache line; ties in time (rare with
    // continuous delays) look up the order key in the slot.
    struct Node {
        double time = 0.0;
        std::uint32_t slot = 0;
        std::uint32_t unused = 0;
    };
    struct Slot {
        std::uint64_t subject = 0;
        std::uint64_t order = 0; // priority (offset to unsigned) << 48 | sequence
        EventKind kind = 0;
        std::uint32_t generation : 31 = 0;
        std::uint32_t cancelled : 1 = 0;
    };
    static_assert(sizeof(Node) == 16 && sizeof(Slot) == 24);

    [[nodiscard]] bool before(const Node& a, const Node& b) const noexcept {
        return a.time < b.time || (a.time == b.time && slots_[a.slot].order < slots_[b.slot].order);
    }

    void sift_up(std::size_t index);
    void sift_down(std::size_t index);
    [[nodiscard]] std::size_t earliest_of_four(std::size_t first) const noexcept;
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
