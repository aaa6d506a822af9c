#pragma once
// How this hcsim process takes part in a run: alone (the default build), or as one rank of an
// MPI job (built with -DHCSIM_WITH_MPI=ON and started by mpirun). One implementation is
// compiled in: process_single.cpp or mpi/process_mpi.cpp. Only the reporting process (rank 0)
// prints and writes; the others are silent.
#include "hcsim/analysis/task_executor.hpp"

#include <memory>
#include <string>

namespace hcsim::cli {

class ProcessGroup {
public:
    ProcessGroup(int& argc, char**& argv);
    ProcessGroup(const ProcessGroup&) = delete;
    ProcessGroup& operator=(const ProcessGroup&) = delete;
    ~ProcessGroup();

    // Worker threads per process when --threads is not given: the cores this process may use.
    [[nodiscard]] unsigned default_threads() const noexcept;
    // Spreads tasks over the processes, `threads` threads in each. `schedule`: "static" or
    // "queue" (ignored by a single process). `results_everywhere`: every process gets every
    // result (needed when what runs next depends on them, as in psa and sweep); otherwise
    // only the reporting process holds them.
    [[nodiscard]] std::shared_ptr<const analysis::TaskExecutor>
    executor(unsigned threads, const std::string& schedule, bool results_everywhere = false);
    // Ends this process's part with `exit_code` and returns the code to exit with. A process
    // that failed on its own (not with every other) stops the whole job.
    [[nodiscard]] int finish(int exit_code);

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace hcsim::cli
