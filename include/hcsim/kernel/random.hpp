#pragma once
// Counter-based random streams (Philox4x64, Random123) keyed by
// (seed, replication, purpose, entity, substream). A stream is a pure function of its key:
// an entity's draws never depend on what other entities, options or threads did, which is
// what common random numbers need. Streams satisfy UniformRandomBitGenerator, so
// Boost.Random distributions draw from them directly.
#include "hcsim/kernel/detail/philox.hpp"
#include <cstdint>
#include <limits>

namespace hcsim::kernel {

struct StreamKey {
    std::uint64_t seed = 0;
    std::uint64_t replication = 0;
    std::uint64_t purpose = 0;   // what the draws are for (arrivals, fates, contacts...)
    std::uint64_t entity = 0;    // which entity (household, arrival stream...)
    std::uint64_t substream = 0; // e.g. the household's n-th stay
};

// Maps 64 random bits to (0, 1), never 0 or 1.
[[nodiscard]] constexpr double bits_to_open_unit(std::uint64_t bits) noexcept {
    // 52 bits plus one half: the largest value, 1 - 2^-53, is still below 1 in a double.
    return (static_cast<double>(bits >> 12) + 0.5) * 0x1.0p-52;
}

class RandomStream {
public:
    using result_type = std::uint64_t;

    explicit RandomStream(const StreamKey& key) noexcept;

    static constexpr result_type min() noexcept { return 0; }
    static constexpr result_type max() noexcept { return std::numeric_limits<result_type>::max(); }
    // Inline: three of four draws only read the block; the Philox rounds run out of line.
    result_type operator()() noexcept {
        if (next_in_block_ == 4) {
            refill();
        }
        return block_[next_in_block_++];
    }

    // Uniform on the open interval (0, 1): safe for inversion of any distribution.
    double uniform01() noexcept { return bits_to_open_unit((*this)()); }

private:
    void refill() noexcept; // the next block of four draws
    using Engine = r123::Philox4x64;
    Engine engine_;
    Engine::key_type key_;
    Engine::ctr_type counter_;
    Engine::ctr_type block_;
    unsigned next_in_block_ = 4;
};

} // namespace hcsim::kernel
