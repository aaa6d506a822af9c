#include "demo.hpp"

#include "hcsim/bench/tandem_line.hpp"

#include <cstdint>
#include <cstdio>
#include <memory>

namespace hcsim::cli {

void setup_demo(CLI::App& app, Context& /*context*/) {
    auto arrivals = std::make_shared<std::uint64_t>(100000);
    auto* command = app.add_subcommand("demo", "Run the kernel's reference tandem queue");
    command->add_option("--arrivals", *arrivals, "customers")
        ->check(CLI::Range(1ULL, 100000000ULL));
    command->callback([arrivals] {
        const auto spec = bench::reference_tandem_line(*arrivals, 1);
        const auto result = bench::run_tandem_line(spec);
        std::printf("tandem line (rate 1/day; 5, 3, 8 servers; means 4.0, 2.5, 7.0 days)\n");
        std::printf("customers %llu, events %llu\n", static_cast<unsigned long long>(*arrivals),
                    static_cast<unsigned long long>(result.events));
        std::printf("mean time in system %.3f days (exact %.3f)\n", result.time_in_system.mean(),
                    bench::tandem_line_exact_time_in_system(spec));
    });
}

} // namespace hcsim::cli
