// hcsim command line: wires up the commands (each in its own file pair, CLI11's
// subcom_in_files shape), parses, and turns any fault into its message and exit code in one
// place (fault.cpp; README: 0 success, 1 internal, 2 bad input, 3 broken invariant,
// 128 + signal interrupted).
#include "analytic.hpp"
#include "bench.hpp"
#include "calibrate.hpp"
#include "compare.hpp"
#include "context.hpp"
#include "demo.hpp"
#include "fault.hpp"
#include "parameters.hpp"
#include "process_group.hpp"
#include "psa.hpp"
#include "report.hpp"
#include "run.hpp"
#include "sweep.hpp"
#include "validate.hpp"

#include "hcsim/error.hpp"

#include <CLI/CLI.hpp>
#include <string>

namespace {

int run_command_line(int argc, char** argv, hcsim::cli::ProcessGroup& group) {
    using namespace hcsim::cli;
    CLI::App app{"hcsim: discrete-event simulation of the municipal housing chain"};
    app.set_version_flag("--version", std::string("hcsim ") + HCSIM_VERSION);
    app.require_subcommand(1, 1);
    Context context{group, group.default_threads()};
    for (const auto setup :
         {setup_validate, setup_parameters, setup_run, setup_compare, setup_report, setup_psa,
          setup_sweep, setup_analytic, setup_calibrate, setup_bench, setup_demo}) {
        setup(app, context);
    }
    try {
        app.parse(argc, argv); // runs the chosen command's callback
        return hcsim::exit_ok;
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        (void)app.exit(e);
        return hcsim::exit_bad_input;
    } catch (...) {
        return report_fault(std::current_exception(), context.on_interrupt);
    }
}

} // namespace

int main(int argc, char** argv) {
    hcsim::cli::ProcessGroup group(argc, argv);
    return group.finish(run_command_line(argc, argv, group));
}
