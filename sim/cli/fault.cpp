#include "fault.hpp"

#include "interrupt.hpp"

#include "hcsim/error.hpp"

#include <filesystem>
#include <iostream>
#include <new>
#include <system_error>

namespace hcsim::cli {

void print_scenario_errors(const scenario::ScenarioError& e) {
    for (const auto& d : e.diagnostics()) {
        std::cerr << d.format() << "\n";
    }
    const std::string file = e.diagnostics().empty() ? "" : e.diagnostics().front().file;
    std::cerr << "hcsim: " << e.diagnostics().size() << " error(s) in " << file
              << "; nothing was run\n";
}

int report_fault(const std::exception_ptr& fault, const std::string& on_interrupt) {
    try {
        std::rethrow_exception(fault);
    } catch (const scenario::ScenarioError& e) {
        print_scenario_errors(e);
        return exit_bad_input;
    } catch (const Interrupted& e) {
        std::cerr << "\nhcsim: " << signal_name(e.signal()) << " received, run stopped; "
                  << on_interrupt << "\n";
        return exit_code(e.kind(), e.signal());
    } catch (const Error& e) {
        switch (e.kind()) {
        case ErrorKind::bad_input:
            std::cerr << (e.where().empty() ? "hcsim: error: " : "") << e.what() << "\n";
            break;
        case ErrorKind::invariant:
            std::cerr << "hcsim: model invariant violated, run stopped: " << e.what() << "\n";
            break;
        case ErrorKind::internal:
        case ErrorKind::interrupted:
            std::cerr << "hcsim: internal error: " << e.what() << "\n";
            break;
        }
        return exit_code(e.kind());
    } catch (const std::bad_alloc&) {
        std::cerr << "hcsim: error: " << out_of_memory_message << "\n";
        return exit_bad_input;
    } catch (const std::filesystem::filesystem_error& e) {
        // ENOSPC, EFBIG, EACCES and the like: the user frees space or chooses another --out.
        std::cerr << "hcsim: error: cannot write the results: "
                  << (e.path1().empty() ? std::string(e.what())
                                        : e.path1().string() + ": " + e.code().message())
                  << "\n";
        return exit_bad_input;
    } catch (const std::system_error& e) {
        if (e.code() != std::errc::resource_unavailable_try_again) {
            std::cerr << "hcsim: internal error: " << e.what() << "\n";
            return exit_internal;
        }
        // std::thread could not start a worker: memory or the process limit (ulimit -u).
        std::cerr << "hcsim: error: cannot start the worker threads: " << e.what()
                  << " (out of memory or over the process limit): use fewer --threads\n";
        return exit_bad_input;
    } catch (const std::exception& e) {
        std::cerr << "hcsim: internal error: " << e.what() << "\n";
        return exit_internal;
    } catch (...) {
        std::cerr << "hcsim: internal error: unknown fault\n";
        return exit_internal;
    }
}

} // namespace hcsim::cli
