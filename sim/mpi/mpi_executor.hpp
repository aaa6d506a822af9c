#pragma once
// Tasks spread over the ranks of MPI_COMM_WORLD (and over threads inside each rank); results
// gathered on rank 0. Compiled only with HCSIM_WITH_MPI.
#include "hcsim/analysis/task_executor.hpp"

#include <atomic>
#include <optional>

namespace hcsim::mpi {

enum class Schedule {
    static_blocks, // rank r computes the r-th contiguous block; one gather at the end
    work_queue     // rank 0 hands out chunks to whichever rank asks next
};

class MpiExecutor final : public analysis::TaskExecutor {
public:
    // `failure_shared` is set when a failure was raised in every rank (so no rank needs to
    // abort the job on its own). `results_everywhere`: every rank receives every result, for
    // callers whose next steps depend on them (psa, sweep); otherwise rank 0 alone holds them.
    MpiExecutor(unsigned threads, Schedule schedule, std::atomic<bool>& failure_shared,
                bool results_everywhere = false) noexcept;

    void run(const analysis::TaskSlots& tasks) const override;
    [[nodiscard]] bool is_reporting_process() const noexcept override { return rank_ == 0; }
    [[nodiscard]] unsigned local_threads() const noexcept override { return threads_; }
    [[nodiscard]] unsigned processes() const noexcept override {
        return static_cast<unsigned>(size_);
    }

private:
    void run_static(const analysis::TaskSlots& tasks) const;
    void run_queue(const analysis::TaskSlots& tasks) const;
    void dispatch(const analysis::TaskSlots& tasks) const;
    void serve(const analysis::TaskSlots& tasks) const;
    // Broadcasts rank 0's verdict; raises the failure in every rank when there is one.
    void share_outcome(std::optional<analysis::TaskFailure> failure) const;
    // Sends every result from rank 0 to the other ranks.
    void share_results(const analysis::TaskSlots& tasks) const;

    unsigned threads_;
    Schedule schedule_;
    std::atomic<bool>& failure_shared_;
    bool results_everywhere_;
    int rank_ = 0;
    int size_ = 1;
};

} // namespace hcsim::mpi
