#pragma once
// A hint for large arrays that are filled once, front to back (a million customers or
// households): Linux transparent huge pages turn ~50,000 page faults into ~100. Only a hint:
// without THP nothing changes, and results never do.
#include <cstddef>

namespace hcsim::kernel::detail {

void advise_huge_pages(const void* data, std::size_t bytes) noexcept;

} // namespace hcsim::kernel::detail
