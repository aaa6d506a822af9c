#include "hcsim/kernel/random.hpp"

namespace hcsim::kernel {

RandomStream::RandomStream(const StreamKey& key) noexcept {
    key_ = {{key.seed, key.replication}};
    counter_ = {{key.purpose, key.entity, key.substream, 0}};
}

void RandomStream::refill() noexcept {
    block_ = engine_(counter_, key_);
    ++counter_[3];
    next_in_block_ = 0;
}

} // namespace hcsim::kernel
