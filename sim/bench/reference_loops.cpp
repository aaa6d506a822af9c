#include "reference_loops.hpp"

#include "measure.hpp"

#include "hcsim/kernel/detail/huge_pages.hpp"
#include "hcsim/kernel/random.hpp"
#include "hcsim/kernel/simulation.hpp"

#include <algorithm>
#include <boost/random/exponential_distribution.hpp>
#include <cmath>
#include <vector>

namespace hcsim::bench::detail {

namespace {

struct RefEvent {
    double time;
    std::uint64_t sequence;
    std::uint32_t subject;
    std::uint32_t kind;
};

[[nodiscard]] bool earlier(const RefEvent& a, const RefEvent& b) noexcept {
    return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
}

// The textbook 4-ary heap, nothing more.
class RefHeap {
public:
    explicit RefHeap(std::size_t capacity) {
        heap_.reserve(capacity);
        kernel::detail::advise_huge_pages(heap_.data(),
                                          capacity * sizeof(RefEvent)); // as the kernel's
    }
    [[nodiscard]] bool empty() const noexcept { return heap_.empty(); }

    void push(double time, std::uint32_t subject, std::uint32_t kind) {
        std::size_t index = heap_.size();
        heap_.push_back({});
        const RefEvent moving{time, sequence_++, subject, kind};
        while (index > 0) {
            const std::size_t parent = (index - 1) / 4;
            if (!earlier(moving, heap_[parent])) {
                break;
            }
            heap_[index] = heap_[parent];
            index = parent;
        }
        heap_[index] = moving;
    }

    RefEvent pop() {
        const RefEvent top = heap_.front();
        const RefEvent moving = heap_.back();
        heap_.pop_back();
        const std::size_t count = heap_.size();
        if (count == 0) {
            return top;
        }
        std::size_t index = 0;
        while (true) {
            const std::size_t first = index * 4 + 1;
            if (first >= count) {
                break;
            }
            std::size_t best = first;
            const std::size_t last = std::min(first + 4, count);
            for (std::size_t child = first + 1; child < last; ++child) {
                if (earlier(heap_[child], heap_[best])) {
                    best = child;
                }
            }
            if (!earlier(heap_[best], moving)) {
                break;
            }
            heap_[index] = heap_[best];
            index = best;
        }
        heap_[index] = moving;
        return top;
    }

private:
    std::vector<RefEvent> heap_;
    std::uint64_t sequence_ = 0;
};

enum : std::uint32_t { arrive_kind = 0, finish_kind = 1 };

struct RefStation {
    std::size_t servers = 0;
    std::size_t busy = 0;
    double service_rate = 0.0;
    std::vector<std::uint32_t> queue; // FIFO ring: every customer queues at most once here
    std::size_t head = 0;
};

} // namespace

ReferenceTandemResult run_reference_tandem(const bench::TandemLineSpec& spec) {
    ReferenceTandemResult result;
    // The same huge-page hint the kernel line gets, so the comparison stays fair.
    std::vector<double> arrived;
    arrived.reserve(spec.arrivals);
    kernel::detail::advise_huge_pages(arrived.data(), spec.arrivals * sizeof(double));
    arrived.resize(spec.arrivals);
    std::vector<std::uint32_t> at_station;
    at_station.reserve(spec.arrivals);
    kernel::detail::advise_huge_pages(at_station.data(), spec.arrivals * sizeof(std::uint32_t));
    at_station.resize(spec.arrivals);
    std::vector<RefStation> stations;
    for (const bench::Station& s : spec.stations) {
        RefStation station;
        station.servers = s.servers;
        station.service_rate = 1.0 / s.mean_service;
        station.queue.reserve(spec.arrivals);
        kernel::detail::advise_huge_pages(station.queue.data(),
                                          spec.arrivals * sizeof(std::uint32_t));
        stations.push_back(std::move(station));
    }
    RefHeap heap(spec.arrivals + 64);
    kernel::RandomStream arrival_stream(
        {spec.seed, spec.replication, tandem_arrival_purpose, 0, 0});
    boost::random::exponential_distribution<double> interarrival(spec.arrival_rate);
    double now = 0.0;

    auto start_service = [&](std::uint32_t id) {
        kernel::RandomStream service(
            {spec.seed, spec.replication, tandem_service_purpose, id, at_station[id]});
        boost::random::exponential_distribution<double> duration(
            stations[at_station[id]].service_rate);
        heap.push(now + duration(service), id, finish_kind);
    };
    auto join = [&](std::uint32_t id, std::uint32_t s) {
        at_station[id] = s;
        RefStation& station = stations[s];
        if (station.busy < station.servers && station.head == station.queue.size()) {
            ++station.busy;
            start_service(id);
        } else {
            station.queue.push_back(id);
        }
    };

    if (spec.arrivals > 0) {
        heap.push(interarrival(arrival_stream), 0, arrive_kind);
    }
    while (!heap.empty()) {
        const RefEvent event = heap.pop();
        now = event.time;
        ++result.events;
        const std::uint32_t id = event.subject;
        if (event.kind == arrive_kind) {
            arrived[id] = now;
            if (id + 1U < spec.arrivals) {
                heap.push(now + interarrival(arrival_stream), id + 1, arrive_kind);
            }
            join(id, 0);
            continue;
        }
        const std::uint32_t s = at_station[id];
        RefStation& station = stations[s];
        if (station.head < station.queue.size()) {
            start_service(station.queue[station.head++]); // the freed server takes the next
        } else {
            --station.busy;
        }
        if (s + 1U < stations.size()) {
            join(id, s + 1);
        } else if (id >= spec.warmup_arrivals) {
            result.time_in_system.add(now - arrived[id]);
        }
    }
    return result;
}

HoldResult run_reference_hold(std::size_t pending, std::uint64_t operations, std::uint64_t seed) {
    kernel::RandomStream stream({seed, 0, hold_purpose, 0, 0});
    RefHeap heap(pending + 1);
    for (std::size_t i = 0; i < pending; ++i) {
        heap.push(-std::log(stream.uniform01()), static_cast<std::uint32_t>(i), 0);
    }
    HoldResult result;
    result.seconds = cpu_seconds_taken([&] {
        for (std::uint64_t op = 0; op < operations; ++op) {
            const RefEvent event = heap.pop();
            result.checksum += event.time;
            heap.push(event.time - std::log(stream.uniform01()), event.subject, 0);
        }
    });
    result.events = operations;
    return result;
}

HoldResult run_kernel_hold(std::size_t pending, std::uint64_t operations, std::uint64_t seed) {
    kernel::RandomStream stream({seed, 0, hold_purpose, 0, 0});
    kernel::Simulation sim;
    sim.reserve(pending + 1);
    HoldResult result;
    kernel::EventKind hold = 0;
    hold = sim.register_handler([&](const kernel::Event& event) {
        result.checksum += sim.now();
        sim.schedule_in(-std::log(stream.uniform01()), hold, event.subject);
    });
    for (std::size_t i = 0; i < pending; ++i) {
        sim.schedule_at(-std::log(stream.uniform01()), hold, i);
    }
    result.seconds = cpu_seconds_taken([&] {
        for (std::uint64_t op = 0; op < operations && sim.step(); ++op) {
        }
    });
    result.events = sim.events_processed();
    return result;
}

} // namespace hcsim::bench::detail
