// "No heap allocation per event in steady state" (issue #7), counted: this executable replaces
// the global operator new and counts calls while a test's window is open. The scalar forms are
// replaced, throwing and nothrow (std::stable_sort's buffer takes the nothrow one): under the
// sanitizers a form left to the runtime would be freed here by std::free, a mismatch ASan stops
// on. libstdc++'s new[] calls the scalar form; under the sanitizers the runtime's own new[] is
// used, which nothing here calls.
#include "hcsim/bench/tandem_line.hpp"
#include "hcsim/kernel/random.hpp"
#include "hcsim/kernel/simulation.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <new>

namespace {
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};

// Counts the allocations `work` makes (the window closes even if it throws).
template <typename Work>
long allocations_during(Work&& work) {
    struct Window {
        Window() {
            allocations = 0;
            counting = true;
        }
        ~Window() { counting = false; }
        Window(const Window&) = delete;
        Window& operator=(const Window&) = delete;
    };
    {
        const Window window;
        work();
    }
    return allocations.load();
}
} // namespace

void* operator new(std::size_t size) {
    if (counting) {
        ++allocations;
    }
    if (void* p = std::malloc(size == 0 ? 1 : size)) {
        return p;
    }
    throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    if (counting) {
        ++allocations;
    }
    return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

using namespace hcsim;

TEST(Allocation, HoldModelStepsAllocateNothing) {
    kernel::Simulation sim;
    kernel::RandomStream stream({1, 0, 1, 0, 0});
    const std::size_t pending = 10000;
    sim.reserve(pending + 1);
    kernel::EventKind hold = 0;
    hold = sim.register_handler([&](const kernel::Event& event) {
        sim.schedule_in(-std::log(stream.uniform01()), hold, event.subject);
    });
    for (std::size_t i = 0; i < pending; ++i) {
        sim.schedule_at(-std::log(stream.uniform01()), hold, i);
    }
    const long counted = allocations_during([&] {
        for (int i = 0; i < 200000; ++i) {
            sim.step();
        }
    });
    EXPECT_EQ(counted, 0) << "pop + push on a reserved calendar";
    EXPECT_EQ(sim.events_processed(), 200000U);
}

TEST(Allocation, CancellationAllocatesNothingOnceGrown) {
    kernel::Simulation sim;
    const auto kind = sim.register_handler([](const kernel::Event&) {});
    sim.reserve(64);
    const long counted = allocations_during([&] {
        for (int round = 0; round < 1000; ++round) {
            const auto id = sim.schedule_in(1.0, kind, 1);
            sim.schedule_in(2.0, kind, 2);
            sim.cancel(id);
            sim.step(); // drops the cancelled event, runs the other
        }
    });
    EXPECT_EQ(counted, 0);
}

TEST(Allocation, TandemLineAllocatesOnlyWhileItsVectorsGrow) {
    // Setup and the growth of queues and tallies allocate; events do not. 400,000 events must
    // cost far fewer than one allocation per thousand events.
    const auto spec = bench::reference_tandem_line(100000, 3);
    bench::TandemLineResult result;
    const long counted = allocations_during([&] { result = bench::run_tandem_line(spec); });
    EXPECT_EQ(result.events, 400000U);
    EXPECT_LT(counted * 1000, static_cast<long>(result.events)) << counted << " allocations";
}

TEST(Allocation, DistrictReplicationAllocatesPerReplicationNotPerEvent) {
    // The same district with four times the arrivals: several times the events, but the
    // allocations (result tables per month, households' vectors growing) hardly change.
    const auto s = scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml");
    const auto& spec = s.option("bolots_project_year").spec;
    auto busy = spec;
    for (auto& arrivals : busy.arrivals) {
        for (double& rate : arrivals.per_year) {
            rate *= 4.0;
        }
    }
    model::ReplicationResult normal_result;
    model::ReplicationResult busy_result;
    const long normal = allocations_during([&] {
        normal_result = model::simulate_replication(spec, {1, 1});
    });
    const long more = allocations_during([&] {
        busy_result = model::simulate_replication(busy, {1, 1});
    });
    std::printf("district replication: %ld allocations for %llu events; x4 arrivals: %ld for "
                "%llu\n",
                normal, static_cast<unsigned long long>(normal_result.events), more,
                static_cast<unsigned long long>(busy_result.events));
    ASSERT_GT(busy_result.events, 2 * normal_result.events);
    const long extra_events = static_cast<long>(busy_result.events - normal_result.events);
    EXPECT_LT((more - normal) * 100, extra_events)
        << "extra events must cost less than one allocation per hundred events";
}
