#include "interrupt.hpp"

#include <csignal>

namespace hcsim::cli {

namespace {

std::atomic<int> interrupt_signal{0};
static_assert(std::atomic<int>::is_always_lock_free, "the flag is set from a signal handler");

extern "C" void on_interrupt(int signal) {
    interrupt_signal.store(signal);
}

} // namespace

const std::atomic<int>& install_interrupt_handlers() {
    static const bool installed = [] {
        struct sigaction action {};
        action.sa_handler = on_interrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND; // a second signal is not caught: it ends the process
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        return true;
    }();
    (void)installed;
    return interrupt_signal;
}

std::string signal_name(int signal) {
    if (signal == SIGINT) {
        return "SIGINT";
    }
    if (signal == SIGTERM) {
        return "SIGTERM";
    }
    return "signal " + std::to_string(signal);
}

} // namespace hcsim::cli
