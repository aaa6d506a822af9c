#include "run.hpp"

#include "run_options.hpp"

#include "hcsim/report/writers.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/trace.hpp"

#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

struct RunCommandOptions {
    RunOptions run;
    std::string option;
    std::string trace;
};

void run(const RunCommandOptions& o, Context& context) {
    const auto s = o.run.scenario.load();
    const std::string option = o.option.empty() ? s.baseline : o.option;
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
    print_summary(result->summary, result->options());
    if (!o.run.out.empty()) {
        report::write_folder_atomically(o.run.out, report::compare_files(*result));
        std::printf("written to %s\n", o.run.out.c_str());
    }
    if (!o.trace.empty()) {
        report::write_file_atomically(o.trace,
                                      report::trace_csv(study::trace(s, option, settings.seed)));
        std::printf("trace of replication 0 written to %s\n", o.trace.c_str());
    }
}

} // namespace

void setup_run(CLI::App& app, Context& context) {
    auto options = std::make_shared<RunCommandOptions>();
    auto* command = app.add_subcommand("run", "Run one option and print its outcome table");
    add_run_options(*command, options->run, context);
    command->add_option("--option", options->option, "option to run (default: the baseline)");
    command->add_option("--trace", options->trace, "write replication 0's event log as CSV");
    command->callback([options, &context] { run(*options, context); });
}

} // namespace hcsim::cli
