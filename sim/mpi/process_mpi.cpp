// The MPI build: every rank runs the same command on the same inputs; tasks are spread over
// the ranks and gathered on rank 0, which alone prints and writes.
#include "../cli/process_group.hpp"
#include "mpi_executor.hpp"

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <mpi.h>
#include <string>
#include <thread>
#include <unistd.h>

namespace hcsim::cli {

struct ProcessGroup::State {
    int rank = 0;
    int size = 1;
    int ranks_on_node = 1;
    int own_stderr = -1; // a silenced rank's real stderr, for the message that stops the job
    std::atomic<bool> failure_shared{false};
    bool finalized = false;
};

namespace {

int count_ranks_on_node() {
    MPI_Comm node{};
    MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &node);
    int ranks = 1;
    MPI_Comm_size(node, &ranks);
    MPI_Comm_free(&node);
    return ranks;
}

// Ranks other than 0 run the same command on the same inputs: their tables and messages
// would repeat rank 0's, so they go nowhere.
int silence_output() {
    std::fflush(stdout);
    std::fflush(stderr);
    const int own_stderr = dup(STDERR_FILENO);
    const int null = open("/dev/null", O_WRONLY);
    if (null >= 0) {
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        close(null);
    }
    return own_stderr;
}

} // namespace

ProcessGroup::ProcessGroup(int& argc, char**& argv) : state_(std::make_unique<State>()) {
    int provided = 0;
    // Worker threads compute; only the thread that created the group calls MPI.
    MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
    MPI_Comm_rank(MPI_COMM_WORLD, &state_->rank);
    MPI_Comm_size(MPI_COMM_WORLD, &state_->size);
    state_->ranks_on_node = count_ranks_on_node();
    if (state_->rank != 0) {
        state_->own_stderr = silence_output();
    }
}

ProcessGroup::~ProcessGroup() {
    if (!state_->finalized) {
        MPI_Finalize();
    }
}

unsigned ProcessGroup::default_threads() const noexcept {
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    return std::max(1U, cores / static_cast<unsigned>(state_->ranks_on_node));
}

std::shared_ptr<const analysis::TaskExecutor>
ProcessGroup::executor(unsigned threads, const std::string& schedule, bool results_everywhere) {
    const auto chosen =
        schedule == "static" ? mpi::Schedule::static_blocks : mpi::Schedule::work_queue;
    return std::make_shared<mpi::MpiExecutor>(threads, chosen, state_->failure_shared,
                                              results_everywhere);
}

int ProcessGroup::finish(int exit_code) {
    std::fflush(stdout);
    std::fflush(stderr);
    if (exit_code != 0 && !state_->failure_shared) {
        // This rank failed on its own: the others may be waiting for it, so stop the job.
        if (state_->rank != 0) {
            const std::string message = "hcsim: rank " + std::to_string(state_->rank) +
                                        " stopped with exit code " + std::to_string(exit_code) +
                                        "; stopping the job\n";
            (void)!write(state_->own_stderr, message.data(), message.size());
            // Rank 0 meets the same bad input at the same moment: let it say what was wrong
            // before the abort ends it.
            std::this_thread::sleep_for(std::chrono::seconds(2));
        }
        MPI_Abort(MPI_COMM_WORLD, exit_code);
    }
    MPI_Finalize();
    state_->finalized = true;
    return exit_code;
}

} // namespace hcsim::cli
