#pragma once
// Internal: one function per kind of workload (kernel_workloads.cpp, stack_workloads.cpp).
#include "hcsim/bench/bench.hpp"

#include <optional>
#include <string>

namespace hcsim::bench::detail {

[[nodiscard]] Measurement tandem_workload(const BenchSettings& settings);
[[nodiscard]] Measurement hold_workload(const std::string& name, std::size_t pending,
                                        const BenchSettings& settings);
[[nodiscard]] Measurement tandem_stack_workload(const BenchSettings& settings);
[[nodiscard]] Measurement district_workload(const std::string& name, const std::string& file,
                                            const BenchSettings& settings);
// Against Python (python_workloads.cpp): the shared sketch in plain Python, the tandem line
// in SimPy.
[[nodiscard]] Measurement python_sketch_workload(const BenchSettings& settings);
[[nodiscard]] Measurement simpy_tandem_workload(const BenchSettings& settings);
// An interpreter that imports `modules` (comma-separated), or nothing.
[[nodiscard]] std::optional<std::string> python_with(const std::string& modules);
// Events per second of the hand-written tandem loop, measured now (district comparisons).
[[nodiscard]] double reference_tandem_events_per_second(const BenchSettings& settings);

} // namespace hcsim::bench::detail
