#include "hcsim/kernel/resource.hpp"

#include <gtest/gtest.h>
#include <vector>

using hcsim::kernel::Place;
using hcsim::kernel::QueueDiscipline;
using hcsim::kernel::Resource;
using hcsim::kernel::Simulation;

TEST(Resource, GrantsUpToCapacityThenQueues) {
    Simulation sim;
    Resource places(sim, "flats", 2);
    auto a = places.request(1);
    auto b = places.request(2);
    auto c = places.request(3);
    EXPECT_TRUE(a && b);
    EXPECT_FALSE(c);
    EXPECT_EQ(places.in_use(), 2U);
    EXPECT_EQ(places.queue_length(), 1U);
    EXPECT_TRUE(places.is_waiting(3));
}

TEST(Resource, ServesFifo) {
    Simulation sim;
    Resource places(sim, "flats", 1);
    std::vector<std::uint64_t> granted;
    std::vector<Place> held;
    places.on_grant([&](Place&& p) {
        granted.push_back(p.subject());
        held.push_back(std::move(p));
    });
    auto first = places.request(1, 5);
    places.request(2, 9);
    places.request(3, 0);
    first->release();
    held.back().release();
    EXPECT_EQ(granted, (std::vector<std::uint64_t>{2, 3})) << "FIFO ignores priority";
}

TEST(Resource, ServesByPriorityThenArrival) {
    Simulation sim;
    Resource places(sim, "flats", 1, QueueDiscipline::priority);
    std::vector<std::uint64_t> granted;
    std::vector<Place> held;
    places.on_grant([&](Place&& p) {
        granted.push_back(p.subject());
        held.push_back(std::move(p));
    });
    auto first = places.request(1);
    places.request(2, 3);
    places.request(3, 1);
    places.request(4, 3);
    places.request(5, 1);
    first->release();
    while (!held.empty() && held.back().held()) {
        held.back().release();
    }
    EXPECT_EQ(granted, (std::vector<std::uint64_t>{3, 5, 2, 4}));
}

TEST(Resource, ReleaseHappensExactlyOnce) {
    Simulation sim;
    Resource places(sim, "slots", 1);
    {
        auto place = places.request(1);
        ASSERT_TRUE(place);
        Place moved = std::move(*place);
        EXPECT_FALSE(place->held()) << "a moved-from place holds nothing";
        moved.release();
        moved.release(); // the second call does nothing
        EXPECT_EQ(places.in_use(), 0U);
        auto again = places.request(2);
        EXPECT_TRUE(again);
        EXPECT_EQ(places.in_use(), 1U);
    } // `again` is released by RAII here; `moved` and `place` hold nothing
    EXPECT_EQ(places.in_use(), 0U);
}

TEST(Resource, NeverExceedsCapacity) {
    Simulation sim;
    Resource places(sim, "slots", 3);
    std::vector<Place> held;
    places.on_grant([&](Place&& p) { held.push_back(std::move(p)); });
    for (std::uint64_t i = 0; i < 10; ++i) {
        if (auto p = places.request(i)) {
            held.push_back(std::move(*p));
        }
        ASSERT_LE(places.in_use(), 3U);
    }
    for (std::size_t i = 0; i < held.size(); ++i) {
        held[i].release();
        ASSERT_LE(places.in_use(), 3U);
    }
    EXPECT_DOUBLE_EQ(places.occupancy().max(), 3.0);
}

TEST(Resource, WithdrawLeavesTheQueue) {
    Simulation sim;
    Resource places(sim, "flats", 1);
    std::vector<std::uint64_t> granted;
    places.on_grant([&](Place&& p) { granted.push_back(p.subject()); });
    auto first = places.request(1);
    places.request(2);
    places.request(3);
    EXPECT_TRUE(places.withdraw(2));
    EXPECT_FALSE(places.withdraw(2));
    first->release();
    EXPECT_EQ(granted, (std::vector<std::uint64_t>{3}));
    EXPECT_EQ(places.withdrawn(), 1U);
}

TEST(Resource, RecordsWaitingTimeAndTimeWeightedLevels) {
    Simulation sim;
    Resource places(sim, "flats", 1);
    std::optional<Place> first = places.request(1);
    std::vector<Place> held;
    places.on_grant([&](Place&& p) { held.push_back(std::move(p)); });
    const auto release_kind =
        sim.register_handler([&](const hcsim::kernel::Event&) { first->release(); });
    const auto arrive_kind =
        sim.register_handler([&](const hcsim::kernel::Event&) { places.request(2); });
    sim.schedule_at(2.0, arrive_kind);
    sim.schedule_at(6.0, release_kind);
    sim.run_until(10.0);
    // Subject 1 granted at once (wait 0), subject 2 waited 4 days.
    EXPECT_EQ(places.waits().count(), 2U);
    EXPECT_DOUBLE_EQ(places.waits().mean(), 2.0);
    EXPECT_DOUBLE_EQ(places.queue_level().integral(10.0), 4.0);
    EXPECT_DOUBLE_EQ(places.occupancy().integral(10.0), 10.0);
    EXPECT_DOUBLE_EQ(places.utilisation(10.0), 1.0);
}

TEST(Resource, MorePlacesGoToTheQueueFewerMoveNobodyOut) {
    Simulation sim;
    Resource places(sim, "flats", 1);
    std::vector<std::uint64_t> granted;
    std::vector<Place> held;
    places.on_grant([&](Place&& p) {
        granted.push_back(p.subject());
        held.push_back(std::move(p));
    });
    auto first = places.request(1);
    ASSERT_TRUE(first);
    EXPECT_FALSE(places.request(2));
    EXPECT_FALSE(places.request(3));
    places.set_capacity(3);
    EXPECT_EQ(granted, (std::vector<std::uint64_t>{2, 3})) << "new places are granted at once";
    EXPECT_EQ(places.in_use(), 3U);

    EXPECT_FALSE(places.request(4));
    places.set_capacity(1);
    EXPECT_EQ(places.in_use(), 3U) << "fewer places take none away";
    held[0].release();
    held[1].release();
    EXPECT_EQ(places.in_use(), 1U) << "places given back above the capacity are kept";
    EXPECT_TRUE(places.is_waiting(4));
    first->release();
    EXPECT_EQ(granted.back(), 4U) << "at the capacity, a place given back goes to the queue";
    EXPECT_EQ(places.in_use(), 1U);
}
