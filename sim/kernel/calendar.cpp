#include "hcsim/kernel/calendar.hpp"
#include "hcsim/kernel/detail/huge_pages.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace hcsim::kernel {

namespace {
constexpr std::size_t arity = 4;

constexpr EventId make_id(std::uint32_t generation, std::uint32_t slot) noexcept {
    return (static_cast<EventId>(generation) << 32) | slot;
}

constexpr unsigned sequence_bits = 48;
constexpr std::uint64_t sequence_mask = (std::uint64_t{1} << sequence_bits) - 1;
constexpr int priority_offset = -EventCalendar::min_priority; // priorities map to 0..65535

} // namespace

void EventCalendar::reserve(std::size_t n) {
    heap_.reserve(n);
    slots_.reserve(n);
    free_slots_.reserve(n);
    detail::advise_huge_pages(heap_.data(), heap_.capacity() * sizeof(Node));
    detail::advise_huge_pages(slots_.data(), slots_.capacity() * sizeof(Slot));
}

EventId EventCalendar::push(double time, int priority, EventKind kind, std::uint64_t subject) {
    if (priority < min_priority || priority > max_priority) {
        throw std::out_of_range("event calendar: priority " + std::to_string(priority) +
                                " outside -32768..32767");
    }
    if (next_sequence_ > sequence_mask) {
        throw std::length_error("event calendar: more than 2^48 events scheduled");
    }
    std::uint32_t slot = 0;
    if (free_slots_.empty()) {
        if (slots_.size() >= std::numeric_limits<std::uint32_t>::max()) {
            throw std::length_error("event calendar: more than 2^32 pending events");
        }
        slot = static_cast<std::uint32_t>(slots_.size());
        slots_.emplace_back();
    } else {
        slot = free_slots_.back();
        free_slots_.pop_back();
    }
    Slot& state = slots_[slot];
    state.subject = subject;
    state.kind = kind;
    state.order = (static_cast<std::uint64_t>(priority + priority_offset) << sequence_bits) |
                  next_sequence_++;
    heap_.push_back(Node{time, slot, 0});
    sift_up(heap_.size() - 1);
    return make_id(state.generation, slot);
}

bool EventCalendar::cancel(EventId id) {
    const auto slot = static_cast<std::uint32_t>(id & 0xffffffffU);
    const auto generation = static_cast<std::uint32_t>(id >> 32);
    if (slot >= slots_.size()) {
        return false;
    }
    Slot& state = slots_[slot];
    // A free slot's generation has already moved past every id handed out for it.
    if (state.generation != generation || state.cancelled) {
        return false;
    }
    state.cancelled = 1;
    ++cancelled_;
    return true;
}

std::optional<Event> EventCalendar::pop() {
    drop_cancelled_top();
    if (heap_.empty()) {
        return std::nullopt;
    }
    const Node top = heap_.front();
    const Slot& state = slots_[top.slot];
    const Event event{top.time, state.order & sequence_mask, state.subject,
                      static_cast<int>(state.order >> sequence_bits) - priority_offset, state.kind};
    release(top.slot);
    remove_top();
    return event;
}

std::optional<Event> EventCalendar::pop_until(double horizon) {
    drop_cancelled_top();
    if (heap_.empty() || heap_.front().time > horizon) {
        return std::nullopt;
    }
    return pop();
}

std::optional<double> EventCalendar::next_time() {
    drop_cancelled_top();
    if (heap_.empty()) {
        return std::nullopt;
    }
    return heap_.front().time;
}

void EventCalendar::release(std::uint32_t slot) noexcept {
    Slot& state = slots_[slot];
    ++state.generation; // wraps at 2^31: an id must not outlive 2^31 reuses of its slot
    state.cancelled = 0;
    free_slots_.push_back(slot); // grows only while the calendar reaches a new peak size
}

void EventCalendar::drop_cancelled_top() {
    if (cancelled_ == 0) {
        return; // the common case: no slot lookup
    }
    while (!heap_.empty() && slots_[heap_.front().slot].cancelled) {
        --cancelled_;
        release(heap_.front().slot);
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
    const Node moving = heap_[index];
    while (index > 0) {
        const std::size_t parent = (index - 1) / arity;
        if (!before(moving, heap_[parent])) {
            break;
        }
        heap_[index] = heap_[parent];
        index = parent;
    }
    heap_[index] = moving;
}

void EventCalendar::sift_down(std::size_t index) {
    const Node moving = heap_[index];
    const std::size_t count = heap_.size();
    while (true) {
        const std::size_t first_child = index * arity + 1;
        if (first_child >= count) {
            break;
        }
        std::size_t best = first_child;
        if (first_child + arity <= count) {
            best = earliest_of_four(first_child);
        } else {
            for (std::size_t child = first_child + 1; child < count; ++child) {
                if (before(heap_[child], heap_[best])) {
                    best = child;
                }
            }
        }
        if (!before(heap_[best], moving)) {
            break;
        }
        heap_[index] = heap_[best];
        index = best;
    }
    heap_[index] = moving;
}

// The earliest of the four children at `first`: a tournament on times alone, which compiles
// to conditional moves (the random times of a simulation mispredict a branching loop); equal
// times, rare with continuous delays, take the general comparison with the order keys.
std::size_t EventCalendar::earliest_of_four(std::size_t first) const noexcept {
    const Node* child = heap_.data() + first;
    const double t0 = child[0].time;
    const double t1 = child[1].time;
    const double t2 = child[2].time;
    const double t3 = child[3].time;
    const std::size_t a = t1 < t0 ? 1 : 0;
    const double ta = t1 < t0 ? t1 : t0;
    const std::size_t b = t3 < t2 ? 3 : 2;
    const double tb = t3 < t2 ? t3 : t2;
    if (t0 == t1 || t2 == t3 || ta == tb) [[unlikely]] {
        std::size_t best = 0;
        for (std::size_t c = 1; c < arity; ++c) {
            if (before(child[c], child[best])) {
                best = c;
            }
        }
        return first + best;
    }
    return first + (tb < ta ? b : a);
}

} // namespace hcsim::kernel
