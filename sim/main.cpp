// hcsim command line: parses arguments, calls the library, prints. Exit codes: 0 success,
// 1 internal failure, 2 bad input (arguments, scenario files), 3 broken model invariant.
#include "cli_limits.hpp"
#include "commands.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <thread>

int main(int argc, char** argv) {
    using namespace hcsim::cli;
    CLI::App app{"hcsim: discrete-event simulation of the municipal housing chain"};
    app.set_version_flag("--version", std::string("hcsim ") + HCSIM_VERSION);
    app.require_subcommand(1, 1);

    std::vector<std::string> validate_files;
    auto* validate =
        app.add_subcommand("validate", "Check scenario files; exit 2 with every error found");
    validate->add_option("files", validate_files, "scenario files")->required();
    hcsim::scenario::Limits validate_limits;
    add_limit_option(validate, validate_limits);

    RunOptions run_options;
    const unsigned default_threads = std::max(1U, std::thread::hardware_concurrency());
    auto add_common = [&](CLI::App* command, RunOptions& o) {
        command->add_option("file", o.file, "scenario file")->required();
        command
            ->add_option("--replications,-r", o.replications,
                         "replications (default: the scenario's)")
            ->check(CLI::Range(1ULL, 9007199254740991ULL)); // the limit is checked on loading
        command->add_option("--seed,-s", o.seed, "random seed (default: the scenario's)");
        o.threads = default_threads;
        command
            ->add_option("--threads,-j", o.threads, "worker threads (results do not depend on it)")
            ->check(CLI::Range(1U, 1024U));
        command->add_option("--out,-o", o.out, "output folder (default results/<scenario name>)");
        add_limit_option(command, o.limits);
    };
    auto* run = app.add_subcommand("run", "Run one option and print its outcome table");
    add_common(run, run_options);
    run->add_option("--option", run_options.option, "option to run (default: the baseline)");
    run->add_option("--trace", run_options.trace, "write replication 0's event log as CSV");

    RunOptions compare_options;
    auto* compare = app.add_subcommand(
        "compare", "Run every option against the baseline with common random numbers");
    add_common(compare, compare_options);
    compare->add_option("--baseline", compare_options.baseline,
                        "baseline option (default: the scenario's)");
    compare->add_flag("--independent", compare_options.independent,
                      "independent streams per option instead of common random numbers");

    std::uint64_t demo_arrivals = 100000;
    auto* demo = app.add_subcommand("demo", "Run the kernel's reference tandem queue");
    demo->add_option("--arrivals", demo_arrivals, "customers")
        ->check(CLI::Range(1ULL, 100000000ULL));

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_bad_input;
    }
    try {
        if (*validate) {
            return command_validate(validate_files, validate_limits);
        }
        if (*run) {
            return command_run(run_options);
        }
        if (*compare) {
            return command_compare(compare_options);
        }
        if (*demo) {
            return command_demo(demo_arrivals);
        }
    } catch (const std::filesystem::filesystem_error& e) {
        std::cerr << "hcsim: error: cannot write the results: " << e.what() << "\n";
        return exit_bad_input;
    } catch (const std::exception& e) {
        std::cerr << "hcsim: internal error: " << e.what() << "\n";
        return exit_internal;
    }
    return exit_internal;
}
