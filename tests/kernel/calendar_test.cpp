#include "hcsim/kernel/simulation.hpp"

#include <gtest/gtest.h>
#include <vector>

using hcsim::kernel::Event;
using hcsim::kernel::Simulation;

namespace {

// Records (time, subject) of every event it runs, as simcpp20's tests do.
struct Recorder {
    Simulation sim;
    std::vector<std::pair<double, std::uint64_t>> seen;
    hcsim::kernel::EventKind kind =
        sim.register_handler([this](const Event& e) { seen.emplace_back(sim.now(), e.subject); });
};

} // namespace

TEST(Calendar, RunsEventsInTimeOrder) {
    Recorder r;
    r.sim.schedule_at(3.0, r.kind, 3);
    r.sim.schedule_at(1.0, r.kind, 1);
    r.sim.schedule_at(2.0, r.kind, 2);
    r.sim.run();
    const std::vector<std::pair<double, std::uint64_t>> expected{{1.0, 1}, {2.0, 2}, {3.0, 3}};
    EXPECT_EQ(r.seen, expected);
}

TEST(Calendar, TiesRunByPriorityThenScheduleOrder) {
    Recorder r;
    r.sim.schedule_at(5.0, r.kind, 10, 1);
    r.sim.schedule_at(5.0, r.kind, 11, 0);
    r.sim.schedule_at(5.0, r.kind, 12, 1);
    r.sim.schedule_at(5.0, r.kind, 13, 0);
    r.sim.run();
    ASSERT_EQ(r.seen.size(), 4U);
    EXPECT_EQ(r.seen[0].second, 11U);
    EXPECT_EQ(r.seen[1].second, 13U);
    EXPECT_EQ(r.seen[2].second, 10U);
    EXPECT_EQ(r.seen[3].second, 12U);
}

TEST(Calendar, PriorityExtremesOrderTiesAndComeBackInTheEvent) {
    Simulation sim;
    std::vector<std::pair<int, std::uint64_t>> seen; // (priority, sequence) as handed back
    const auto kind =
        sim.register_handler([&](const Event& e) { seen.emplace_back(e.priority, e.sequence); });
    sim.schedule_at(2.0, kind, 0, 32767);
    sim.schedule_at(2.0, kind, 0, -32768);
    sim.schedule_at(2.0, kind, 0, 0);
    sim.schedule_at(2.0, kind, 0, -1);
    sim.schedule_at(1.0, kind, 0, 32767); // an earlier time beats any priority
    sim.run();
    const std::vector<std::pair<int, std::uint64_t>> expected{
        {32767, 4}, {-32768, 1}, {-1, 3}, {0, 2}, {32767, 0}};
    EXPECT_EQ(seen, expected);
    EXPECT_THROW(sim.schedule_at(3.0, kind, 0, 32768), hcsim::kernel::SimulationError);
    EXPECT_THROW(sim.schedule_at(3.0, kind, 0, -32769), hcsim::kernel::SimulationError);
}

TEST(Calendar, TheCalendarItselfRefusesPrioritiesOutsideSixteenBits) {
    hcsim::kernel::EventCalendar calendar;
    EXPECT_THROW((void)calendar.push(1.0, 32768, 0, 0), std::out_of_range);
    EXPECT_THROW((void)calendar.push(1.0, -32769, 0, 0), std::out_of_range);
    EXPECT_TRUE(calendar.empty()) << "a refused event leaves nothing behind";
    (void)calendar.push(1.0, -32768, 0, 7);
    const auto event = calendar.pop();
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(event->priority, -32768);
    EXPECT_EQ(event->subject, 7U);
}

TEST(Calendar, CancelledEventNeverRuns) {
    Recorder r;
    r.sim.schedule_at(1.0, r.kind, 1);
    const auto id = r.sim.schedule_at(2.0, r.kind, 2);
    r.sim.schedule_at(3.0, r.kind, 3);
    EXPECT_TRUE(r.sim.cancel(id));
    EXPECT_FALSE(r.sim.cancel(id)) << "a second cancel must report that nothing was pending";
    EXPECT_EQ(r.sim.pending(), 2U);
    r.sim.run();
    ASSERT_EQ(r.seen.size(), 2U);
    EXPECT_EQ(r.seen[1].second, 3U);
}

TEST(Calendar, CancelAfterRunReturnsFalse) {
    Recorder r;
    const auto id = r.sim.schedule_at(1.0, r.kind, 1);
    r.sim.run();
    EXPECT_FALSE(r.sim.cancel(id));
}

TEST(Calendar, RunUntilStopsAtHorizonAndKeepsLaterEvents) {
    Recorder r;
    r.sim.schedule_at(1.0, r.kind, 1);
    r.sim.schedule_at(10.0, r.kind, 2);
    r.sim.schedule_at(10.5, r.kind, 3);
    r.sim.run_until(10.0);
    EXPECT_EQ(r.seen.size(), 2U) << "an event exactly at the horizon runs";
    EXPECT_DOUBLE_EQ(r.sim.now(), 10.0);
    EXPECT_EQ(r.sim.pending(), 1U);
}

TEST(Calendar, EmptyCalendarRunsNothingAndAdvancesClockToHorizon) {
    Simulation sim;
    EXPECT_FALSE(sim.step());
    sim.run_until(7.0);
    EXPECT_DOUBLE_EQ(sim.now(), 7.0);
    EXPECT_EQ(sim.events_processed(), 0U);
}

TEST(Calendar, EventsScheduledFromHandlersRunInOrder) {
    Simulation sim;
    std::vector<double> times;
    hcsim::kernel::EventKind kind = 0;
    kind = sim.register_handler([&](const Event& e) {
        times.push_back(sim.now());
        if (e.subject < 3) {
            sim.schedule_in(0.5, kind, e.subject + 1);
        }
    });
    sim.schedule_at(1.0, kind, 0);
    sim.run();
    EXPECT_EQ(times, (std::vector<double>{1.0, 1.5, 2.0, 2.5}));
}

TEST(Calendar, SchedulingInThePastIsRefused) {
    Recorder r;
    r.sim.schedule_at(5.0, r.kind, 1);
    r.sim.run();
    EXPECT_THROW(r.sim.schedule_at(4.0, r.kind, 2), hcsim::kernel::SimulationError);
    EXPECT_THROW(r.sim.schedule_at(6.0, 99, 2), hcsim::kernel::SimulationError);
}

TEST(Calendar, ManyEventsComeOutSorted) {
    Recorder r;
    // A fixed pseudo-random pattern exercising the 4-ary heap with cancellations.
    std::uint64_t x = 12345;
    std::vector<hcsim::kernel::EventId> ids;
    for (int i = 0; i < 5000; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        ids.push_back(
            r.sim.schedule_at(static_cast<double>(x >> 40), r.kind, static_cast<std::uint64_t>(i)));
    }
    for (std::size_t i = 0; i < ids.size(); i += 3) {
        r.sim.cancel(ids[i]);
    }
    r.sim.run();
    EXPECT_EQ(r.seen.size(), 5000U - 1667U);
    for (std::size_t i = 1; i < r.seen.size(); ++i) {
        ASSERT_LE(r.seen[i - 1].first, r.seen[i].first);
        if (r.seen[i - 1].first == r.seen[i].first) {
            ASSERT_LT(r.seen[i - 1].second, r.seen[i].second);
        }
    }
    for (const auto& [time, subject] : r.seen) {
        ASSERT_NE(subject % 3, 0U) << "cancelled event " << subject << " ran";
    }
}
