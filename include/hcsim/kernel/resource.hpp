#pragma once
// A capacity-limited resource (places, caseload slots) with a FIFO or priority queue.
// Waiters live in a flat hash map and the line in a WaitQueue (FIFO vector or heap by
// (priority, sequence)), so requests and grants do not allocate in steady state. Holders are
// only counted: Place gives each place back exactly once, and keeping a set of holders to
// catch a subject holding two places cost ~10% of the tandem line (measured with perf).
// A held place is a move-only RAII value: it is given back exactly once, when released
// explicitly or destroyed. Occupancy, queue length and waiting time are always recorded.
#include "hcsim/kernel/detail/subject_map.hpp"
#include "hcsim/kernel/detail/wait_queue.hpp"
#include "hcsim/kernel/simulation.hpp"
#include "hcsim/kernel/statistics.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::kernel {

class Resource;

// One place held in a Resource by a subject.
class Place {
public:
    Place() = default;
    Place(const Place&) = delete;
    Place& operator=(const Place&) = delete;
    Place(Place&& other) noexcept;
    Place& operator=(Place&& other) noexcept;
    ~Place() { release(); }

    // Gives the place back now; later calls do nothing.
    void release() noexcept;
    [[nodiscard]] bool held() const noexcept { return resource_ != nullptr; }
    [[nodiscard]] std::uint64_t subject() const noexcept { return subject_; }

private:
    friend class Resource;
    Place(Resource& resource, std::uint64_t subject) noexcept
        : resource_(&resource), subject_(subject) {}
    Resource* resource_ = nullptr;
    std::uint64_t subject_ = 0;
};

class Resource {
public:
    // Called when a waiting subject is granted a place that was freed.
    using GrantCallback = std::function<void(Place&&)>;

    Resource(const Simulation& clock, std::string name, std::size_t capacity,
             QueueDiscipline discipline = QueueDiscipline::fifo);
    Resource(const Resource&) = delete;
    Resource& operator=(const Resource&) = delete;

    void on_grant(GrantCallback callback) { on_grant_ = std::move(callback); }
    // Empties the queue and forgets the callback: places given back afterwards go to nobody.
    // Owners call it before tearing down the holders of places.
    void close() noexcept;

    // A place at once if one is free and nobody waits before the subject; otherwise the
    // subject joins the queue (lower priority value is served first) and nullopt is returned.
    std::optional<Place> request(std::uint64_t subject, int priority = 0);
    // A place at once if one is free, otherwise nothing (the subject does not queue).
    std::optional<Place> try_acquire(std::uint64_t subject);
    // Leaves the queue without a place (gave up, went elsewhere); false if not waiting.
    bool withdraw(std::uint64_t subject);
    // More places go to the queue at once; fewer take none away: places given back are kept
    // until the holders are below the new capacity.
    void set_capacity(std::size_t capacity);

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] std::size_t capacity() const noexcept { return capacity_; }
    [[nodiscard]] std::size_t in_use() const noexcept { return in_use_; }
    [[nodiscard]] std::size_t queue_length() const noexcept { return waiting_.size(); }
    [[nodiscard]] bool is_waiting(std::uint64_t subject) const noexcept {
        return waiting_.contains(subject);
    }

    [[nodiscard]] const TimeWeighted& occupancy() const noexcept { return occupancy_; }
    [[nodiscard]] const TimeWeighted& queue_level() const noexcept { return queue_level_; }
    // Waiting time of every granted request (zero when granted at once).
    [[nodiscard]] const Tally& waits() const noexcept { return waits_; }
    [[nodiscard]] std::uint64_t withdrawn() const noexcept { return withdrawn_; }
    // Occupied share of capacity, time-averaged up to `now`.
    [[nodiscard]] double utilisation(double now) const noexcept;

private:
    friend class Place;

    Place grant(std::uint64_t subject);
    void give_back() noexcept;
    // Drops withdrawn entries from the top of the queue.
    void drop_stale_front() noexcept;
    [[nodiscard]] bool is_stale(const detail::WaitQueue::Entry& entry) const noexcept;

    const Simulation& clock_;
    std::string name_;
    std::size_t capacity_;
    QueueDiscipline discipline_;
    GrantCallback on_grant_;
    std::size_t in_use_ = 0;
    detail::WaitQueue queue_;
    // Each waiting subject's request sequence: identifies its live entry in queue_.
    detail::SubjectMap<std::uint64_t> waiting_;
    std::uint64_t next_sequence_ = 0;
    TimeWeighted occupancy_;
    TimeWeighted queue_level_;
    Tally waits_;
    std::uint64_t withdrawn_ = 0;
};

} // namespace hcsim::kernel
