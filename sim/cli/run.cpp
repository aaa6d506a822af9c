#include "run.hpp"

#include "run_options.hpp"

#include "hcsim/report/writers.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/trace.hpp"

#include <cstdio>
#include <memory>
#include <optional>

namespace hcsim::cli {

namespace {

struct RunCommandOptions {
    RunOptions run;
    std::string option;
    std::string trace;
    std::uint64_t trace_replications = 1;
};

void run(const RunCommandOptions& o, Context& context) {
    const auto s = o.run.scenario.load();
    const std::string option = o.option.empty() ? s.baseline : o.option;
    // Both outputs are checked before the run and written together after it: a bad --trace
    // must not leave a new --out behind.
    const auto inputs = inputs_of(s);
    if (!o.run.out.empty()) {
        report::check_output_folder(o.run.out, inputs);
    }
    if (!o.trace.empty()) {
        report::check_output_file(o.trace, inputs, report::trace_signature, "--trace");
    }
    const auto executor = context.group.executor(o.run.threads, o.run.schedule);
    const auto settings = run_settings(s, o.run, *executor);
    context.on_interrupt = o.run.out.empty()
                               ? "nothing was written"
                               : "the previous results in " + o.run.out + " were left intact";
    const auto result = study::compare(s, settings, {{option}, option, o.run.out, false});
    if (!result) {
        return; // rank 0 of an MPI job prints and writes
    }
    std::printf("%s — option %s, %zu replications, seed %llu (mean [95%% CI])\n", s.title.c_str(),
                option.c_str(), settings.replications,
                static_cast<unsigned long long>(settings.seed));
    std::optional<report::StagedFolder> folder;
    std::optional<report::StagedFile> trace;
    if (!o.run.out.empty()) {
        folder.emplace(o.run.out, report::compare_files(*result), inputs);
    }
    if (!o.trace.empty()) {
        trace.emplace(
            o.trace,
            report::trace_csv(study::trace(s, option, settings.seed, o.trace_replications)), inputs,
            report::trace_signature, "--trace");
    }
    print_summary(result->summary, result->options());
    if (folder) {
        folder->commit();
        std::printf("written to %s\n", o.run.out.c_str());
    }
    if (trace) {
        trace->commit();
        const std::string which =
            o.trace_replications == 1
                ? "replication 0"
                : "replications 0-" + std::to_string(o.trace_replications - 1);
        std::printf("trace of %s written to %s\n", which.c_str(), o.trace.c_str());
    }
}

} // namespace

void setup_run(CLI::App& app, Context& context) {
    auto options = std::make_shared<RunCommandOptions>();
    auto* command = app.add_subcommand("run", "Run one option and print its outcome table");
    add_run_options(*command, options->run, context);
    command->add_option("--option", options->option, "option to run (default: the baseline)");
    command->add_option("--trace", options->trace, "write replication 0's event log as CSV");
    command
        ->add_option("--trace-replications", options->trace_replications,
                     "trace replications 0..N-1 (column replication; default 1)")
        ->check(CLI::Range(1, 1000));
    command->callback([options, &context] { run(*options, context); });
}

} // namespace hcsim::cli
