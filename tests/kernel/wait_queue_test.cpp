#include "hcsim/kernel/detail/wait_queue.hpp"

#include <gtest/gtest.h>
#include <vector>

using hcsim::kernel::QueueDiscipline;
using hcsim::kernel::detail::WaitQueue;

namespace {

std::vector<std::uint64_t> drain(WaitQueue& queue) {
    std::vector<std::uint64_t> served;
    while (!queue.empty()) {
        served.push_back(queue.front().subject);
        queue.pop_front();
    }
    return served;
}

} // namespace

TEST(WaitQueue, FifoKeepsArrivalOrderAcrossCompaction) {
    // Pops run past the compaction threshold (64 served, half the vector) while pushes go on,
    // so the served prefix is erased several times.
    WaitQueue queue(QueueDiscipline::fifo);
    std::uint64_t next_in = 0;
    std::uint64_t next_out = 0;
    for (int round = 0; round < 50; ++round) {
        for (int i = 0; i < 7; ++i) {
            queue.push({0, next_in, next_in, 0.0});
            ++next_in;
        }
        for (int i = 0; i < 5; ++i) {
            ASSERT_EQ(queue.front().subject, next_out);
            queue.pop_front();
            ++next_out;
        }
        ASSERT_EQ(queue.size(), next_in - next_out);
    }
    for (const std::uint64_t subject : drain(queue)) {
        ASSERT_EQ(subject, next_out++);
    }
    EXPECT_EQ(next_out, next_in);
}

TEST(WaitQueue, FifoIgnoresPriority) {
    WaitQueue queue(QueueDiscipline::fifo);
    queue.push({5, 0, 10, 0.0});
    queue.push({-5, 1, 11, 0.0});
    EXPECT_EQ(drain(queue), (std::vector<std::uint64_t>{10, 11}));
}

TEST(WaitQueue, PriorityServesLowestValueThenArrival) {
    WaitQueue queue(QueueDiscipline::priority);
    queue.push({2, 0, 20, 0.0});
    queue.push({1, 1, 21, 0.0});
    queue.push({2, 2, 22, 0.0});
    queue.push({0, 3, 23, 0.0});
    queue.push({1, 4, 24, 0.0});
    EXPECT_EQ(drain(queue), (std::vector<std::uint64_t>{23, 21, 24, 20, 22}));
}

TEST(WaitQueue, RemoveIfKeepsTheOrderOfTheRest) {
    for (const auto discipline : {QueueDiscipline::fifo, QueueDiscipline::priority}) {
        WaitQueue queue(discipline);
        for (std::uint64_t s = 0; s < 10; ++s) {
            queue.push({static_cast<int>(s % 2), s, s, 0.0});
        }
        queue.pop_front(); // a served prefix (FIFO) must not come back
        queue.remove_if([](const WaitQueue::Entry& e) { return e.subject % 3 == 0; });
        const std::vector<std::uint64_t> expected =
            discipline == QueueDiscipline::fifo ? std::vector<std::uint64_t>{1, 2, 4, 5, 7, 8}
                                                : std::vector<std::uint64_t>{2, 4, 8, 1, 5, 7};
        EXPECT_EQ(drain(queue), expected);
    }
}
