#include "hcsim/kernel/resource.hpp"

#include <stdexcept>

namespace hcsim::kernel {

Place::Place(Place&& other) noexcept : resource_(other.resource_), subject_(other.subject_) {
    other.resource_ = nullptr;
}

Place& Place::operator=(Place&& other) noexcept {
    if (this != &other) {
        release();
        resource_ = other.resource_;
        subject_ = other.subject_;
        other.resource_ = nullptr;
    }
    return *this;
}

void Place::release() noexcept {
    if (resource_ != nullptr) {
        Resource* const resource = resource_;
        resource_ = nullptr;
        resource->give_back();
    }
}

Resource::Resource(const Simulation& clock, std::string name, std::size_t capacity,
                   QueueDiscipline discipline)
    : clock_(clock), name_(std::move(name)), capacity_(capacity), discipline_(discipline),
      queue_(discipline), occupancy_(clock.now()), queue_level_(clock.now()) {}

Place Resource::grant(std::uint64_t subject) {
    ++in_use_;
    occupancy_.set(clock_.now(), static_cast<double>(in_use_));
    return Place(*this, subject);
}

std::optional<Place> Resource::try_acquire(std::uint64_t subject) {
    if (in_use_ >= capacity_ || !waiting_.empty()) {
        return std::nullopt;
    }
    waits_.add(0.0);
    return grant(subject);
}

std::optional<Place> Resource::request(std::uint64_t subject, int priority) {
    if (auto place = try_acquire(subject)) {
        return place;
    }
    const std::uint64_t sequence = next_sequence_;
    if (!waiting_.insert(subject, sequence)) {
        throw std::logic_error("resource " + name_ + ": subject " + std::to_string(subject) +
                               " is already waiting");
    }
    ++next_sequence_;
    const int key = discipline_ == QueueDiscipline::priority ? priority : 0;
    try {
        queue_.push(detail::WaitQueue::Entry{key, sequence, subject, clock_.now()});
    } catch (...) { // a waiter without a queue entry would break give_back
        waiting_.erase(subject);
        throw;
    }
    queue_level_.set(clock_.now(), static_cast<double>(waiting_.size()));
    return std::nullopt;
}

bool Resource::is_stale(const detail::WaitQueue::Entry& entry) const noexcept {
    const std::uint64_t* sequence = waiting_.find(entry.subject);
    return sequence == nullptr || *sequence != entry.sequence;
}

void Resource::drop_stale_front() noexcept {
    while (!queue_.empty() && is_stale(queue_.front())) {
        queue_.pop_front();
    }
}

bool Resource::withdraw(std::uint64_t subject) {
    if (!waiting_.erase(subject)) {
        return false;
    }
    ++withdrawn_;
    queue_level_.set(clock_.now(), static_cast<double>(waiting_.size()));
    // Withdrawn entries are dropped lazily; compact when they outnumber the live ones.
    if (queue_.size() > 2 * waiting_.size() + 32) {
        queue_.remove_if([this](const detail::WaitQueue::Entry& entry) { return is_stale(entry); });
    }
    return true;
}

void Resource::set_capacity(std::size_t capacity) {
    capacity_ = capacity;
    const double now = clock_.now();
    while (in_use_ < capacity_ && !waiting_.empty()) {
        drop_stale_front();
        const detail::WaitQueue::Entry first = queue_.front();
        queue_.pop_front();
        waits_.add(now - first.since);
        waiting_.erase(first.subject);
        queue_level_.set(now, static_cast<double>(waiting_.size()));
        Place place = grant(first.subject);
        if (on_grant_) {
            on_grant_(std::move(place));
        }
    }
}

void Resource::give_back() noexcept {
    const double now = clock_.now();
    if (waiting_.empty() || in_use_ > capacity_) {
        --in_use_;
        occupancy_.set(now, static_cast<double>(in_use_));
        return;
    }
    // The place passes straight to the first in the queue, so occupancy stays where it is
    // (recording the level now, as a drop and a rise at the same instant would).
    occupancy_.set(now, static_cast<double>(in_use_));
    drop_stale_front(); // waiting_ is not empty, so a live entry remains
    const detail::WaitQueue::Entry first = queue_.front();
    queue_.pop_front();
    waits_.add(now - first.since);
    waiting_.erase(first.subject);
    queue_level_.set(now, static_cast<double>(waiting_.size()));
    Place place(*this, first.subject);
    if (on_grant_) {
        on_grant_(std::move(place));
    }
    // Without a callback nobody can take the place, so it is given back when `place` ends.
}

void Resource::close() noexcept {
    queue_.clear();
    waiting_.clear();
    on_grant_ = nullptr;
}

double Resource::utilisation(double now) const noexcept {
    return capacity_ > 0 ? occupancy_.mean(now) / static_cast<double>(capacity_) : 0.0;
}

} // namespace hcsim::kernel
