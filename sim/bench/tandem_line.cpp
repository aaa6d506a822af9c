#include "hcsim/bench/tandem_line.hpp"

#include "hcsim/kernel/detail/huge_pages.hpp"
#include "hcsim/kernel/erlang.hpp"
#include "hcsim/kernel/random.hpp"
#include "hcsim/kernel/resource.hpp"

#include <boost/random/exponential_distribution.hpp>
#include <memory>
#include <optional>

namespace hcsim::bench {

using namespace hcsim::kernel; // the line is built from kernel pieces only

namespace {

enum Purpose : std::uint64_t { arrival_purpose = 1, service_purpose = 2 };

// 32 bytes: the line touches one per arrival, a million of them in the benchmark.
struct Customer {
    double arrived = 0.0;
    Place place;
    std::uint32_t station = 0;
};

} // namespace

TandemLineSpec reference_tandem_line(std::uint64_t arrivals, std::uint64_t seed) {
    TandemLineSpec spec;
    spec.arrival_rate = 1.0;
    spec.stations = {{5, 4.0}, {3, 2.5}, {8, 7.0}};
    spec.arrivals = arrivals;
    spec.seed = seed;
    return spec;
}

double tandem_line_exact_time_in_system(const TandemLineSpec& spec) {
    double total = 0.0;
    for (const Station& station : spec.stations) {
        total += mmc_means(spec.arrival_rate, station.mean_service, station.servers).time_in_system;
    }
    return total;
}

TandemLineResult run_tandem_line(const TandemLineSpec& spec) {
    Simulation sim;
    TandemLineResult result;
    // Added as they arrive (ids are consecutive), so each is first written while it is hot.
    std::vector<Customer> customers;
    customers.reserve(spec.arrivals);
    detail::advise_huge_pages(customers.data(), customers.capacity() * sizeof(Customer));
    // When the queue was joined; kept only when a warm-up needs per-customer waits.
    std::vector<double> queued_since(spec.warmup_arrivals > 0 ? spec.arrivals : 0);
    std::vector<std::unique_ptr<Resource>> stations;
    for (std::size_t i = 0; i < spec.stations.size(); ++i) {
        stations.push_back(std::make_unique<Resource>(sim, "station " + std::to_string(i),
                                                      spec.stations[i].servers));
    }
    RandomStream arrival_stream({spec.seed, spec.replication, arrival_purpose, 0, 0});
    boost::random::exponential_distribution<double> interarrival(spec.arrival_rate);

    EventKind arrive = 0;
    EventKind finish = 0;
    auto start_service = [&](std::uint64_t id, Place&& place) {
        Customer& customer = customers[id];
        customer.place = std::move(place);
        // Without a warm-up the station's own tally holds the same waits (copied at the end).
        if (spec.warmup_arrivals > 0 && id >= spec.warmup_arrivals) {
            result.stations[customer.station].wait.add(sim.now() - queued_since[id]);
        }
        RandomStream service({spec.seed, spec.replication, service_purpose, id, customer.station});
        const double mean = spec.stations[customer.station].mean_service;
        boost::random::exponential_distribution<double> duration(1.0 / mean);
        sim.schedule_in(duration(service), finish, id);
    };
    auto join = [&](std::uint64_t id, std::size_t station) {
        Customer& customer = customers[id];
        customer.station = static_cast<std::uint32_t>(station);
        if (!queued_since.empty()) {
            queued_since[id] = sim.now();
        }
        if (auto place = stations[station]->request(id)) {
            start_service(id, std::move(*place));
        }
    };
    for (auto& station : stations) {
        station->on_grant([&](Place&& place) {
            const std::uint64_t id = place.subject();
            start_service(id, std::move(place));
        });
    }
    result.stations.resize(spec.stations.size());

    arrive = sim.register_handler([&](const Event& event) {
        customers.push_back(Customer{sim.now(), Place{}, 0});
        if (event.subject + 1 < spec.arrivals) {
            sim.schedule_in(interarrival(arrival_stream), arrive, event.subject + 1);
        }
        join(event.subject, 0);
    });
    finish = sim.register_handler([&](const Event& event) {
        const std::uint64_t id = event.subject;
        Customer& customer = customers[id];
        customer.place.release(); // may hand the place to the next in queue at once
        if (customer.station + 1 < stations.size()) {
            join(id, customer.station + 1);
        } else if (id >= spec.warmup_arrivals) {
            result.time_in_system.add(sim.now() - customer.arrived);
        }
    });
    if (spec.arrivals > 0) {
        sim.schedule_at(interarrival(arrival_stream), arrive, 0);
    }
    sim.run();
    result.events = sim.events_processed();
    result.end_time = sim.now();
    for (std::size_t i = 0; i < stations.size(); ++i) {
        if (spec.warmup_arrivals == 0) {
            result.stations[i].wait = stations[i]->waits();
        }
        result.stations[i].utilisation = stations[i]->utilisation(sim.now());
        result.stations[i].mean_queue_length = stations[i]->queue_level().mean(sim.now());
    }
    return result;
}

} // namespace hcsim::bench
