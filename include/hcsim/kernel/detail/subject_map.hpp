#pragma once
// A hash map from subject ids (uint64) to small values, with open addressing and linear
// probing: after it has grown to the largest population it ever holds, inserting and erasing
// never allocate, unlike std::unordered_map, which allocates a node per insert. Erasure
// shifts later entries back, so there are no tombstones and lookups stay short.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace hcsim::kernel::detail {

template <typename Value>
class SubjectMap {
public:
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }

    [[nodiscard]] const Value* find(std::uint64_t key) const noexcept {
        if (size_ == 0) {
            return nullptr;
        }
        for (std::size_t i = home(key);; i = next(i)) {
            const Entry& entry = entries_[i];
            if (!entry.used) {
                return nullptr;
            }
            if (entry.key == key) {
                return &entry.value;
            }
        }
    }
    [[nodiscard]] bool contains(std::uint64_t key) const noexcept { return find(key) != nullptr; }

    // Adds the key; false (and no change) if it is already present.
    bool insert(std::uint64_t key, const Value& value) {
        if ((size_ + 1) * 2 > entries_.size()) {
            grow();
        }
        std::size_t i = home(key);
        for (; entries_[i].used; i = next(i)) {
            if (entries_[i].key == key) {
                return false;
            }
        }
        entries_[i] = Entry{key, value, true};
        ++size_;
        return true;
    }

    // Removes the key; false if it was absent.
    bool erase(std::uint64_t key) noexcept {
        if (size_ == 0) {
            return false;
        }
        std::size_t hole = home(key);
        for (;; hole = next(hole)) {
            if (!entries_[hole].used) {
                return false;
            }
            if (entries_[hole].key == key) {
                break;
            }
        }
        // Backward-shift deletion: move later entries of the probe run into the hole when
        // their home position allows it.
        for (std::size_t i = next(hole); entries_[i].used; i = next(i)) {
            const std::size_t wanted = home(entries_[i].key);
            const bool may_move =
                hole <= i ? (wanted <= hole || wanted > i) : (wanted <= hole && wanted > i);
            if (may_move) {
                entries_[hole] = entries_[i];
                hole = i;
            }
        }
        entries_[hole].used = false;
        --size_;
        return true;
    }

    void clear() noexcept {
        for (Entry& entry : entries_) {
            entry.used = false;
        }
        size_ = 0;
    }

private:
    struct Entry {
        std::uint64_t key = 0;
        Value value{};
        bool used = false;
    };

    [[nodiscard]] std::size_t home(std::uint64_t key) const noexcept {
        // Fibonacci hashing spreads sequential ids (the common case) over the table.
        return static_cast<std::size_t>((key * 0x9e3779b97f4a7c15ULL) >> shift_);
    }
    [[nodiscard]] std::size_t next(std::size_t i) const noexcept {
        return (i + 1) & (entries_.size() - 1);
    }

    void grow() {
        std::vector<Entry> old = std::move(entries_);
        const std::size_t capacity = old.empty() ? 16 : old.size() * 2;
        entries_.assign(capacity, Entry{});
        shift_ = 64;
        for (std::size_t c = capacity; c > 1; c >>= 1) {
            --shift_;
        }
        size_ = 0;
        for (const Entry& entry : old) {
            if (entry.used) {
                insert(entry.key, entry.value);
            }
        }
    }

    std::vector<Entry> entries_; // size is zero or a power of two, at most half full
    std::size_t size_ = 0;
    unsigned shift_ = 64;
};

} // namespace hcsim::kernel::detail
