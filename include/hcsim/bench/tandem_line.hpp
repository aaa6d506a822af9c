#pragma once
// A serial line of multi-server FIFO stations with Poisson arrivals and exponential service,
// built from kernel pieces only: a model on the kernel, like the housing chain, and the kernel's
// reference workload, an open Jackson network whose mean time in system is known exactly
// (the kernel's queueing tests, `hcsim bench`, `hcsim demo`).
#include "hcsim/kernel/statistics.hpp"

#include <cstdint>
#include <vector>

namespace hcsim::bench {

struct Station {
    std::size_t servers = 1;
    double mean_service = 1.0;
};

struct TandemLineSpec {
    double arrival_rate = 1.0;
    std::vector<Station> stations;
    std::uint64_t arrivals = 1000;
    std::uint64_t warmup_arrivals = 0; // excluded from the tallies (start-up transient)
    std::uint64_t seed = 1;
    std::uint64_t replication = 0;
};

struct StationResult {
    kernel::Tally wait; // time in queue per customer (after warm-up)
    double utilisation = 0.0;
    double mean_queue_length = 0.0;
};

struct TandemLineResult {
    kernel::Tally time_in_system; // per customer after warm-up
    std::vector<StationResult> stations;
    std::uint64_t events = 0;
    double end_time = 0.0;
};

// The spec of the benchmark line: rate 1/day, 5/3/8 servers, means 4.0/2.5/7.0 days.
[[nodiscard]] TandemLineSpec reference_tandem_line(std::uint64_t arrivals, std::uint64_t seed);
// Exact mean time in system of a stable line (sum of M/M/c sojourns: Jackson's theorem).
[[nodiscard]] double tandem_line_exact_time_in_system(const TandemLineSpec& spec);

// Runs until every customer has left the line.
[[nodiscard]] TandemLineResult run_tandem_line(const TandemLineSpec& spec);

} // namespace hcsim::bench
