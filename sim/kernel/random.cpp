#include "hcsim/kernel/random.hpp"

namespace hcsim::kernel {

RandomStream::RandomStream(const StreamKey& key) noexcept {
    key_ = {{key.seed, key.replication}};
    counter_ = {{key.purpose, key.entity, key.substream, 0}};
}

RandomStream::result_type RandomStream::operator()() noexcept {
    if (next_in_block_ == 4) {
        block_ = engine_(counter_, key_);
        ++counter_[3];
        next_in_block_ = 0;
    }
    return block_[next_in_block_++];
}

double RandomStream::uniform01() noexcept {
    return bits_to_open_unit((*this)());
}

} // namespace hcsim::kernel
