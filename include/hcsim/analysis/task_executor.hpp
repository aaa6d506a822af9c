#pragma once
// The one seam between the analysis and the way work is spread: a set of independent tasks,
// each computing into its own slot, run by threads of this process or by the ranks of an MPI
// job. Results are placed by slot, never by who computed them, so every table is the same
// whatever the number of threads or processes.
#include "hcsim/error.hpp"

#include <cstddef>
#include <exception>
#include <functional>
#include <string>
#include <string_view>

namespace hcsim::analysis {

struct TaskSlots {
    std::size_t count = 0;
    // Computes task i into slot i; called concurrently for different i.
    std::function<void(std::size_t)> compute;
    // Slot i as bytes and back, to move a result between processes (unused by threads).
    std::function<std::string(std::size_t)> encode;
    std::function<void(std::size_t, std::string_view)> decode;
    // Tasks finished so far; called from one thread at a time, in the reporting process only.
    std::function<void(std::size_t done, std::size_t total)> progress;
};

// A task's failure, in a form that can cross a process boundary and be raised again with the
// same kind (hcsim/error.hpp), so every rank exits with the code the failing rank would have.
struct TaskFailure {
    using Kind = ErrorKind;
    Kind kind = Kind::internal;
    std::string message;
    int signal = 0; // of an interruption

    [[nodiscard]] static TaskFailure from(const std::exception_ptr& failure);
    [[noreturn]] void raise() const;
};

class TaskExecutor {
public:
    TaskExecutor() = default;
    TaskExecutor(const TaskExecutor&) = delete;
    TaskExecutor& operator=(const TaskExecutor&) = delete;
    virtual ~TaskExecutor() = default;

    // Runs every task once. On return the reporting process holds every slot; others may hold
    // only their own. A failed task stops the run and is raised in every process.
    virtual void run(const TaskSlots& tasks) const = 0;
    // Whether this process holds the results and alone may print or write them.
    [[nodiscard]] virtual bool is_reporting_process() const noexcept { return true; }
    // Threads this process may use for work of its own (e.g. the replications of one draw).
    [[nodiscard]] virtual unsigned local_threads() const noexcept = 0;
    // Processes sharing the work (MPI ranks); 1 for threads of this process.
    [[nodiscard]] virtual unsigned processes() const noexcept { return 1; }
};

// Today's behaviour: a pool of threads pulling the next task from a shared counter.
class ThreadExecutor final : public TaskExecutor {
public:
    explicit ThreadExecutor(unsigned threads) noexcept : threads_(threads < 1 ? 1 : threads) {}
    void run(const TaskSlots& tasks) const override;
    [[nodiscard]] unsigned local_threads() const noexcept override { return threads_; }

private:
    unsigned threads_;
};

} // namespace hcsim::analysis
