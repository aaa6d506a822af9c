#pragma once
// The waiting line of a Resource. FIFO lines are a vector read from a moving head (a push
// and a pop cost a few stores); priority lines are a min-heap by (priority, sequence), a
// total order, so equal priorities are served in arrival order. Withdrawn entries stay in
// place until they reach the front or the owner compacts the line.
#include <algorithm>
#include <cstdint>
#include <vector>

namespace hcsim::kernel {

enum class QueueDiscipline { fifo, priority }; // public: how a Resource serves its line

} // namespace hcsim::kernel

namespace hcsim::kernel::detail {

class WaitQueue {
public:
    struct Entry {
        int priority = 0;
        std::uint64_t sequence = 0; // unique per request: tells a live entry from a stale one
        std::uint64_t subject = 0;
        double since = 0.0; // when the subject joined the line
    };

    explicit WaitQueue(QueueDiscipline discipline) noexcept : discipline_(discipline) {}

    [[nodiscard]] bool empty() const noexcept { return head_ == entries_.size(); }
    [[nodiscard]] std::size_t size() const noexcept { return entries_.size() - head_; }
    // The next to be served; the line must not be empty.
    [[nodiscard]] const Entry& front() const noexcept { return entries_[head_]; }

    void push(const Entry& entry) {
        entries_.push_back(entry);
        if (discipline_ == QueueDiscipline::priority) {
            std::push_heap(entries_.begin(), entries_.end(), served_later);
        }
    }

    void pop_front() noexcept {
        if (discipline_ == QueueDiscipline::priority) {
            std::pop_heap(entries_.begin(), entries_.end(), served_later);
            entries_.pop_back();
            return;
        }
        ++head_;
        if (head_ == entries_.size()) {
            entries_.clear(); // keeps the capacity: no allocation when the line refills
            head_ = 0;
        } else if (head_ >= compact_after && head_ * 2 >= entries_.size()) {
            entries_.erase(entries_.begin(), entries_.begin() + static_cast<long>(head_));
            head_ = 0;
        }
    }

    // Drops every entry for which `stale(entry)` holds, keeping the order of the rest.
    template <typename Predicate>
    void remove_if(Predicate stale) {
        entries_.erase(entries_.begin(), entries_.begin() + static_cast<long>(head_));
        head_ = 0;
        std::erase_if(entries_, stale);
        if (discipline_ == QueueDiscipline::priority) {
            std::make_heap(entries_.begin(), entries_.end(), served_later);
        }
    }

    void clear() noexcept {
        entries_.clear();
        head_ = 0;
    }

private:
    // Served entries are compacted away once they are this many and half the vector.
    static constexpr std::size_t compact_after = 64;

    static bool served_later(const Entry& a, const Entry& b) noexcept {
        return a.priority != b.priority ? a.priority > b.priority : a.sequence > b.sequence;
    }

    QueueDiscipline discipline_;
    std::vector<Entry> entries_;
    std::size_t head_ = 0; // FIFO only: entries before it have been served
};

} // namespace hcsim::kernel::detail
