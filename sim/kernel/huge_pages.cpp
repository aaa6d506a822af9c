#include "hcsim/kernel/detail/huge_pages.hpp"

#include <cstdint>
#ifdef __linux__
#include <sys/mman.h>
#endif

namespace hcsim::kernel::detail {

void advise_huge_pages([[maybe_unused]] const void* data,
                       [[maybe_unused]] std::size_t bytes) noexcept {
#ifdef __linux__
    // Only whole 2 MiB pages inside the array.
    constexpr std::uintptr_t huge = std::uintptr_t{1} << 21;
    const auto first = reinterpret_cast<std::uintptr_t>(data);
    const auto start = (first + huge - 1) & ~(huge - 1);
    const auto end = (first + bytes) & ~(huge - 1);
    if (end > start) {
        madvise(reinterpret_cast<void*>(start), end - start, MADV_HUGEPAGE);
    }
#endif
}

} // namespace hcsim::kernel::detail
