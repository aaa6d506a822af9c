#pragma once
// SIGINT and SIGTERM stop a run between replications: the handler only sets a flag, the
// experiment's workers see it, and the command reports that earlier results were kept.
#include <atomic>
#include <string>

namespace hcsim::cli {

// Installs the handlers (once) and returns the flag they set to the signal's number. A second
// signal of the same kind ends the process at once.
[[nodiscard]] const std::atomic<int>& install_interrupt_handlers();

// "SIGINT", "SIGTERM", or "signal N".
[[nodiscard]] std::string signal_name(int signal);

} // namespace hcsim::cli
