// hcsim command line: parses arguments, calls the library, prints. Exit codes: 0 success,
// 1 internal failure, 2 bad input (arguments, scenario files), 3 broken model invariant.
#include "cli_analytic.hpp"
#include "cli_bench.hpp"
#include "cli_calibrate.hpp"
#include "cli_decisions.hpp"
#include "cli_limits.hpp"
#include "cli_report.hpp"
#include "cli_threads.hpp"
#include "commands.hpp"
#include "process_group.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <thread>

namespace {

int run_command_line(int argc, char** argv, hcsim::cli::ProcessGroup& group) {
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
    const unsigned default_threads = group.default_threads();
    auto add_common = [&](CLI::App* command, RunOptions& o) {
        command->add_option("file", o.file, "scenario file")->required();
        command
            ->add_option("--replications,-r", o.replications,
                         "replications (default: the scenario's)")
            ->check(CLI::Range(1ULL, 9007199254740991ULL)); // the limit is checked on loading
        command->add_option("--seed,-s", o.seed, "random seed (default: the scenario's)");
        add_threads_option(command, o.threads, default_threads,
                           "worker threads per process (results do not depend on it)");
        command
            ->add_option("--schedule", o.schedule,
                         "under mpirun: how tasks reach ranks (results do not depend on it)")
            ->check(CLI::IsMember({"queue", "static"}));
        command->add_option("--out,-o", o.out, "output folder (default results/<scenario name>)");
        command->add_option("--set", o.set,
                            "FIELD=VALUE: replace a scenario number (see `hcsim parameters`)");
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
    add_report_flags(*compare, compare_options.report, compare_options.report_language);
    compare
        ->add_option("--draws", compare_options.draws,
                     "draws of the uncertain assumptions for the headline (default 100 with "
                     "--report, else 0; 0 leaves it out)")
        ->check(CLI::Range(0ULL, 100000ULL));
    compare
        ->add_option("--psa-replications", compare_options.psa_replications,
                     "replications per draw of that analysis")
        ->check(CLI::Range(1ULL, 100000ULL));
    compare
        ->add_option("--value-per-eviction", compare_options.value_per_eviction_tkr,
                     "value of one prevented eviction in net benefits, tkr (default 0: money)")
        ->check(CLI::Range(0.0, 1e9));
    for (auto* command : {run, compare}) {
        command
            ->add_option("--horizon-years",
                         command == run ? run_options.horizon_years : compare_options.horizon_years,
                         "simulated years (default: the scenario's horizon_years)")
            ->check(CLI::Range(0.01, 100.0));
    }

    ReportOptions report_options;
    auto* report = register_report(app, report_options);

    std::uint64_t demo_arrivals = 100000;
    auto* demo = app.add_subcommand("demo", "Run the kernel's reference tandem queue");
    demo->add_option("--arrivals", demo_arrivals, "customers")
        ->check(CLI::Range(1ULL, 100000000ULL));

    AnalyticCommandOptions analytic_options;
    auto* analytic = register_analytic(app, analytic_options);
    CalibrateCommandOptions calibrate_options;
    auto* calibrate = register_calibrate(app, calibrate_options, default_threads);

    std::string parameters_file;
    bool parameters_csv = false;
    auto* parameters = app.add_subcommand(
        "parameters", "List every number of a scenario with its field path, unit and source");
    parameters->add_option("file", parameters_file, "scenario file")->required();
    parameters->add_flag("--csv", parameters_csv, "print as CSV (as assumptions.csv)");
    BenchOptions bench_options;
    auto* bench = register_bench(app, bench_options);

    PsaOptions psa_options;
    auto* psa = register_psa(app, psa_options, default_threads);
    SweepOptions sweep_options;
    auto* sweep = register_sweep(app, sweep_options, default_threads);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_bad_input;
    }
    run_options.executor = group.executor(run_options.threads, run_options.schedule);
    compare_options.executor = group.executor(compare_options.threads, compare_options.schedule);
    psa_options.executor = group.executor(psa_options.threads, "queue", true);
    sweep_options.executor = group.executor(sweep_options.threads, "queue", true);
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
        if (*analytic) {
            return command_analytic(analytic_options);
        }
        if (*calibrate) {
            return command_calibrate(calibrate_options);
        }
        if (*parameters) {
            return command_parameters(parameters_file, parameters_csv);
        }
        if (*report) {
            return command_report(report_options);
        }
        if (*demo) {
            return command_demo(demo_arrivals);
        }
        if (*bench) {
            return command_bench(bench_options);
        }
        if (*psa) {
            return command_psa(psa_options);
        }
        if (*sweep) {
            return command_sweep(sweep_options);
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

} // namespace

int main(int argc, char** argv) {
    hcsim::cli::ProcessGroup group(argc, argv);
    return group.finish(run_command_line(argc, argv, group));
}
