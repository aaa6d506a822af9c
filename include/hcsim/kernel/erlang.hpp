#pragma once
// Closed forms for M/M/c queues, the yardstick for capacity-limited states.
#include <cstddef>

namespace hcsim::kernel {

// Probability that an arrival must wait in an M/M/c queue with offered load a = lambda/mu
// (Erlang C). Requires a < c.
[[nodiscard]] double erlang_c(std::size_t servers, double offered_load);

struct MmcMeans {
    double wait_in_queue = 0.0;    // Wq
    double queue_length = 0.0;     // Lq = lambda * Wq
    double time_in_system = 0.0;   // W = Wq + 1/mu
    double number_in_system = 0.0; // L = lambda * W
};

// Steady-state means of an M/M/c queue; throws std::invalid_argument when unstable.
[[nodiscard]] MmcMeans mmc_means(double arrival_rate, double mean_service, std::size_t servers);

} // namespace hcsim::kernel
