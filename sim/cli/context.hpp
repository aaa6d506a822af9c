#pragma once
// What every command's setup is given: how this process takes part in the run (threads, MPI
// ranks), and where a command says what an interruption leaves behind (the one fault printer
// in main.cpp tells the user).
#include "process_group.hpp"

#include <string>

namespace hcsim::cli {

struct Context {
    ProcessGroup& group;
    unsigned default_threads = 1; // --threads when not given
    std::string on_interrupt = "nothing was written";
};

} // namespace hcsim::cli
