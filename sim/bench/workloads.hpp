#pragma once
// Internal: one function per kind of workload (kernel_workloads.cpp, stack_workloads.cpp).
#include "hcsim/bench/bench.hpp"

namespace hcsim::bench::detail {

[[nodiscard]] Measurement tandem_workload(const BenchSettings& settings);
[[nodiscard]] Measurement hold_workload(const std::string& name, std::size_t pending,
                                        const BenchSettings& settings);
[[nodiscard]] Measurement tandem_stack_workload(const BenchSettings& settings);
[[nodiscard]] Measurement district_workload(const std::string& name, const std::string& file,
                                            const BenchSettings& settings);
// Events per second of the hand-written tandem loop, measured now (district comparisons).
[[nodiscard]] double reference_tandem_events_per_second(const BenchSettings& settings);

} // namespace hcsim::bench::detail
