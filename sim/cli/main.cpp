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
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
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
        if (argc > 1 && argv[1][0] != '-' && !app.get_subcommands({}).empty()) {
            std::string names;
            bool known = false;
            for (const CLI::App* command : app.get_subcommands({})) {
                names += (names.empty() ? "" : ", ") + command->get_name();
                known = known || command->get_name() == argv[1];
            }
            if (!known) {
                std::cerr << "hcsim: error: unknown command '" << argv[1]
                          << "' (commands: " << names << "; hcsim --help explains them)\n";
                return hcsim::exit_bad_input;
            }
        }
        (void)app.exit(e);
        return hcsim::exit_bad_input;
    } catch (...) {
        return report_fault(std::current_exception(), context.on_interrupt);
    }
}

// Whatever the command printed must have reached standard output: a full disk or /dev/full
// behind it is an error (exit 2), not a silent success.
int check_standard_output(int code) {
    if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
        const int error = errno;
        std::cerr << "hcsim: error: cannot write to standard output: " << std::strerror(error)
                  << "\n";
        return code == hcsim::exit_ok ? hcsim::exit_bad_input : code;
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "hcsim: error: cannot write to standard output\n";
        return code == hcsim::exit_ok ? hcsim::exit_bad_input : code;
    }
    return code;
}

} // namespace

int main(int argc, char** argv) {
    // Past a file size limit (ulimit -f) a write fails with EFBIG, which hcsim reports and
    // cleans up after, instead of the process dying of SIGXFSZ mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    hcsim::cli::ProcessGroup group(argc, argv);
    return group.finish(check_standard_output(run_command_line(argc, argv, group)));
}
