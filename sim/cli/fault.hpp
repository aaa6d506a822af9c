#pragma once
// The one place a fault becomes what the user reads and the exit code (README): called from
// the one `try` in main.cpp, and by `validate` for each file it cannot load.
#include "hcsim/scenario/diagnostic.hpp"

#include <exception>
#include <string>

namespace hcsim::cli {

// Prints the fault to stderr and returns its exit code: 2 bad input (arguments, files,
// limits, memory, a folder that cannot be written), 3 a broken invariant, 128 + signal for an
// interruption (`on_interrupt` says what it left behind), 1 anything else.
[[nodiscard]] int report_fault(const std::exception_ptr& fault, const std::string& on_interrupt);

// Every error of a scenario (FILE:LINE:COL: error: ...) and their count.
void print_scenario_errors(const scenario::ScenarioError& e);

} // namespace hcsim::cli
