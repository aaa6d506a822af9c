// hcsim command line: parses arguments, calls the library, prints. Exit codes: 0 success,
// 1 internal failure, 2 bad input (arguments, scenario files).
#include "hcsim/kernel/tandem_line.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

namespace {

int run_demo(std::uint64_t arrivals, std::uint64_t seed) {
    const auto spec = hcsim::kernel::reference_tandem_line(arrivals, seed);
    const auto result = hcsim::kernel::run_tandem_line(spec);
    std::printf("tandem line (rate 1/day; 5, 3, 8 servers; means 4.0, 2.5, 7.0 days)\n");
    std::printf("customers %llu, events %llu\n", static_cast<unsigned long long>(arrivals),
                static_cast<unsigned long long>(result.events));
    std::printf("mean time in system %.3f days (exact %.3f)\n", result.time_in_system.mean(),
                hcsim::kernel::tandem_line_exact_time_in_system(spec));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"hcsim: discrete-event simulation of the municipal housing chain"};
    app.set_version_flag("--version", std::string("hcsim ") + HCSIM_VERSION);
    app.require_subcommand(1);

    auto* demo = app.add_subcommand("demo", "Run the kernel's reference tandem queue");
    std::uint64_t demo_arrivals = 100000;
    std::uint64_t demo_seed = 1;
    demo->add_option("--arrivals", demo_arrivals, "customers")->check(CLI::Range(1ULL, 100000000ULL));
    demo->add_option("--seed", demo_seed, "random seed");

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }
    try {
        if (*demo) {
            return run_demo(demo_arrivals, demo_seed);
        }
    } catch (const std::exception& e) {
        std::cerr << "hcsim: internal error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
