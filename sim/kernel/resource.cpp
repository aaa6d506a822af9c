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
        resource->give_back(subject_);
    }
}

Resource::Resource(const Simulation& clock, std::string name, std::size_t capacity,
                   QueueDiscipline discipline)
    : clock_(clock), name_(std::move(name)), capacity_(capacity), discipline_(discipline),
      occupancy_(clock.now()), queue_level_(clock.now()) {}

Place Resource::grant(std::uint64_t subject) {
    if (!holders_.insert(subject).second) {
        throw std::logic_error("resource " + name_ + ": subject " + std::to_string(subject) +
                               " already holds a place");
    }
    occupancy_.set(clock_.now(), static_cast<double>(holders_.size()));
    return Place(*this, subject);
}

std::optional<Place> Resource::try_acquire(std::uint64_t subject) {
    if (holders_.size() >= capacity_ || !queue_.empty()) {
        return std::nullopt;
    }
    waits_.add(0.0);
    return grant(subject);
}

std::optional<Place> Resource::request(std::uint64_t subject, int priority) {
    if (auto place = try_acquire(subject)) {
        return place;
    }
    if (waiting_.contains(subject)) {
        throw std::logic_error("resource " + name_ + ": subject " + std::to_string(subject) +
                               " is already waiting");
    }
    const int key = discipline_ == QueueDiscipline::priority ? priority : 0;
    const auto [position, inserted] = queue_.insert(QueueEntry{key, next_sequence_++, subject});
    waiting_.emplace(subject, Waiting{position, clock_.now()});
    queue_level_.set(clock_.now(), static_cast<double>(queue_.size()));
    return std::nullopt;
}

bool Resource::withdraw(std::uint64_t subject) {
    const auto found = waiting_.find(subject);
    if (found == waiting_.end()) {
        return false;
    }
    queue_.erase(found->second.position);
    waiting_.erase(found);
    ++withdrawn_;
    queue_level_.set(clock_.now(), static_cast<double>(queue_.size()));
    return true;
}

void Resource::give_back(std::uint64_t subject) noexcept {
    holders_.erase(subject);
    const double now = clock_.now();
    occupancy_.set(now, static_cast<double>(holders_.size()));
    if (queue_.empty() || holders_.size() >= capacity_) {
        return;
    }
    const QueueEntry first = *queue_.begin();
    queue_.erase(queue_.begin());
    const auto found = waiting_.find(first.subject);
    waits_.add(now - found->second.since);
    waiting_.erase(found);
    queue_level_.set(now, static_cast<double>(queue_.size()));
    holders_.insert(first.subject);
    occupancy_.set(now, static_cast<double>(holders_.size()));
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
