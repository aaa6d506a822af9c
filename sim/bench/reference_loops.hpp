#pragma once
// Internal: the hand-written loops that set the practical limit. A flat 4-ary heap keyed by
// (time, sequence), plain arrays, no allocation per event, no indirect calls. They draw the
// same random numbers, in the same order, as the kernel versions, so results must agree
// exactly: the comparison measures the kernel's overhead and nothing else.
#include "hcsim/bench/tandem_line.hpp"
#include "hcsim/kernel/statistics.hpp"

#include <cstdint>

namespace hcsim::bench::detail {

struct ReferenceTandemResult {
    kernel::Tally time_in_system;
    std::uint64_t events = 0;
};

[[nodiscard]] ReferenceTandemResult run_reference_tandem(const bench::TandemLineSpec& spec);

struct HoldResult {
    double checksum = 0.0; // sum of the event times popped: equal runs give equal sums
    std::uint64_t events = 0;
    double seconds = 0.0; // the hold phase only, without filling the set
};

// Pending set of `pending` events; each of `operations` pops the minimum and pushes
// now + Exp(1). Draws come from one Philox stream keyed by `seed`.
[[nodiscard]] HoldResult run_reference_hold(std::size_t pending, std::uint64_t operations,
                                            std::uint64_t seed);
[[nodiscard]] HoldResult run_kernel_hold(std::size_t pending, std::uint64_t operations,
                                         std::uint64_t seed);

// Purposes of the tandem line's streams (sim/kernel/tandem_line.cpp); the exact-match check
// fails if they drift apart.
inline constexpr std::uint64_t tandem_arrival_purpose = 1;
inline constexpr std::uint64_t tandem_service_purpose = 2;
inline constexpr std::uint64_t hold_purpose = 7;

} // namespace hcsim::bench::detail
