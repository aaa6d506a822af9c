#include "mpi_executor.hpp"

#include "hcsim/analysis/detail/byte_codec.hpp"

#include <chrono>
#include <climits>
#include <mpi.h>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace hcsim::mpi {

namespace {

using analysis::TaskFailure;
using analysis::TaskSlots;
using analysis::detail::ByteReader;
using analysis::detail::ByteWriter;

constexpr int tag_results = 1;    // rank -> 0: results of its last chunk (or a failure); wants more
constexpr int tag_assignment = 2; // 0 -> rank: [begin, end) of its next chunk; empty means stop
constexpr std::size_t chunks_per_rank = 8; // queue granularity: balance vs. messages
constexpr auto poll_interval = std::chrono::microseconds(200);

// Open MPI's blocking calls spin on a core. A rank waiting for others sleeps between tests
// instead, leaving its core to the ranks still computing (nodes and this machine are shared).
void wait_politely(MPI_Request& request) {
    int done = 0;
    while (true) {
        MPI_Test(&request, &done, MPI_STATUS_IGNORE);
        if (done != 0) {
            return;
        }
        std::this_thread::sleep_for(poll_interval);
    }
}

int message_size(std::size_t bytes) {
    if (bytes > static_cast<std::size_t>(INT_MAX)) {
        throw std::runtime_error("a rank's results exceed 2 GiB in one message; use more ranks");
    }
    return static_cast<int>(bytes);
}

// Gives every rank rank 0's `bytes`.
void broadcast_from_root(std::string& bytes) {
    std::uint64_t size = bytes.size();
    MPI_Request request{};
    MPI_Ibcast(&size, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD, &request);
    wait_politely(request);
    bytes.resize(static_cast<std::size_t>(size));
    MPI_Ibcast(bytes.data(), message_size(bytes.size()), MPI_BYTE, 0, MPI_COMM_WORLD, &request);
    wait_politely(request);
}

// Runs tasks [begin, end) in `threads` threads of this process; the failure, if any.
std::optional<TaskFailure> compute_range(const TaskSlots& tasks, std::size_t begin, std::size_t end,
                                         unsigned threads,
                                         std::function<void(std::size_t, std::size_t)> progress) {
    TaskSlots local;
    local.count = end - begin;
    local.compute = [&](std::size_t i) { tasks.compute(begin + i); };
    local.progress = std::move(progress);
    try {
        analysis::ThreadExecutor(threads).run(local);
    } catch (...) {
        return TaskFailure::from(std::current_exception());
    }
    return std::nullopt;
}

std::string encode_outcome(const TaskSlots& tasks, std::size_t begin, std::size_t end,
                           const std::optional<TaskFailure>& failure) {
    ByteWriter writer;
    writer.put<std::uint8_t>(failure ? 1 : 0);
    if (failure) {
        writer.put(static_cast<std::uint8_t>(failure->kind));
        writer.put(failure->message);
        writer.put<std::int32_t>(failure->signal);
        return std::move(writer).take();
    }
    writer.put<std::uint64_t>(begin);
    writer.put<std::uint64_t>(end);
    for (std::size_t i = begin; i < end; ++i) {
        writer.put(tasks.encode(i));
    }
    return std::move(writer).take();
}

struct Outcome {
    std::optional<TaskFailure> failure;
    std::size_t tasks = 0;
};

// Stores the results a rank sent into their slots.
Outcome decode_outcome(const TaskSlots& tasks, std::string_view bytes) {
    ByteReader reader(bytes);
    std::uint8_t failed = 0;
    reader.get(failed);
    if (failed != 0) {
        std::uint8_t kind = 0;
        std::int32_t signal = 0;
        TaskFailure failure;
        reader.get(kind);
        reader.get(failure.message);
        reader.get(signal);
        failure.kind = static_cast<TaskFailure::Kind>(kind);
        failure.signal = signal;
        return {failure, 0};
    }
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
    reader.get(begin);
    reader.get(end);
    if (begin > end || end > tasks.count) {
        throw std::runtime_error("corrupt result bytes: task range outside the run");
    }
    std::string item;
    for (std::uint64_t i = begin; i < end; ++i) {
        reader.get(item);
        tasks.decode(static_cast<std::size_t>(i), item);
    }
    return {std::nullopt, static_cast<std::size_t>(end - begin)};
}

} // namespace

MpiExecutor::MpiExecutor(unsigned threads, Schedule schedule, std::atomic<bool>& failure_shared,
                         bool results_everywhere) noexcept
    : threads_(threads < 1 ? 1 : threads), schedule_(schedule), failure_shared_(failure_shared),
      results_everywhere_(results_everywhere) {
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

void MpiExecutor::run(const TaskSlots& tasks) const {
    if (schedule_ == Schedule::static_blocks || size_ == 1) {
        run_static(tasks);
    } else {
        run_queue(tasks);
    }
    if (results_everywhere_ && size_ > 1) {
        share_results(tasks);
    }
}

void MpiExecutor::share_results(const TaskSlots& tasks) const {
    std::string all;
    if (rank_ == 0) {
        all = encode_outcome(tasks, 0, tasks.count, std::nullopt);
    }
    broadcast_from_root(all);
    if (rank_ != 0) {
        (void)decode_outcome(tasks, all);
    }
}

void MpiExecutor::run_static(const TaskSlots& tasks) const {
    const auto ranks = static_cast<std::size_t>(size_);
    const auto rank = static_cast<std::size_t>(rank_);
    const std::size_t begin = tasks.count * rank / ranks;
    const std::size_t end = tasks.count * (rank + 1) / ranks;
    std::function<void(std::size_t, std::size_t)> progress;
    if (rank_ == 0 && tasks.progress) { // rank 0's share stands for the whole
        progress = [&](std::size_t done, std::size_t total) {
            tasks.progress(done * tasks.count / std::max<std::size_t>(total, 1), tasks.count);
        };
    }
    auto failure = compute_range(tasks, begin, end, threads_, progress);
    // Rank 0's results are already in place; the others send theirs.
    const std::string payload =
        rank_ == 0 ? std::string() : encode_outcome(tasks, begin, end, failure);
    int mine = message_size(payload.size());
    std::vector<int> sizes(ranks);
    MPI_Request request{};
    MPI_Igather(&mine, 1, MPI_INT, sizes.data(), 1, MPI_INT, 0, MPI_COMM_WORLD, &request);
    wait_politely(request);
    std::vector<int> offsets(ranks, 0);
    std::size_t total = 0;
    for (std::size_t r = 0; r < ranks; ++r) {
        offsets[r] = message_size(total);
        total += static_cast<std::size_t>(sizes[r]);
    }
    std::string gathered(rank_ == 0 ? message_size(total) : 0, '\0');
    MPI_Igatherv(payload.data(), mine, MPI_BYTE, gathered.data(), sizes.data(), offsets.data(),
                 MPI_BYTE, 0, MPI_COMM_WORLD, &request);
    wait_politely(request);
    if (rank_ == 0) {
        const std::string_view all(gathered);
        for (std::size_t r = 1; r < ranks; ++r) {
            const auto sent = decode_outcome(tasks, all.substr(static_cast<std::size_t>(offsets[r]),
                                                               static_cast<std::size_t>(sizes[r])));
            if (!failure && sent.failure) {
                failure = sent.failure;
            }
        }
    }
    share_outcome(failure);
}

void MpiExecutor::run_queue(const TaskSlots& tasks) const {
    if (rank_ == 0) {
        dispatch(tasks);
    } else {
        serve(tasks);
    }
}

// Rank 0: its main thread hands out chunks and collects results; its worker threads take
// chunks from the same queue.
void MpiExecutor::dispatch(const TaskSlots& tasks) const {
    const std::size_t chunk =
        std::max<std::size_t>(1, tasks.count / (static_cast<std::size_t>(size_) * chunks_per_rank));
    std::mutex mutex;
    std::size_t next = 0;
    std::size_t done = 0;
    std::optional<TaskFailure> failure;
    auto take = [&]() -> std::pair<std::size_t, std::size_t> {
        const std::lock_guard lock(mutex);
        if (failure || next >= tasks.count) {
            return {tasks.count, tasks.count};
        }
        const std::size_t begin = next;
        next = std::min(tasks.count, next + chunk);
        return {begin, next};
    };
    auto account = [&](const Outcome& outcome) {
        const std::lock_guard lock(mutex);
        if (outcome.failure) {
            if (!failure) {
                failure = outcome.failure;
            }
            return;
        }
        done += outcome.tasks;
        if (tasks.progress) {
            tasks.progress(done, tasks.count);
        }
    };
    {
        std::vector<std::jthread> local;
        for (unsigned t = 0; t < threads_; ++t) {
            local.emplace_back([&] {
                while (true) {
                    const auto [begin, end] = take();
                    if (begin == end) {
                        return;
                    }
                    auto local_failure = compute_range(tasks, begin, end, 1, {});
                    account({local_failure, end - begin});
                }
            });
        }
        int serving = size_ - 1;
        std::string message;
        while (serving > 0) {
            int arrived = 0;
            MPI_Status status{};
            MPI_Iprobe(MPI_ANY_SOURCE, tag_results, MPI_COMM_WORLD, &arrived, &status);
            if (arrived == 0) {
                std::this_thread::sleep_for(poll_interval);
                continue;
            }
            int bytes = 0;
            MPI_Get_count(&status, MPI_BYTE, &bytes);
            message.assign(static_cast<std::size_t>(bytes), '\0');
            MPI_Recv(message.data(), bytes, MPI_BYTE, status.MPI_SOURCE, tag_results,
                     MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            account(decode_outcome(tasks, message));
            const auto [begin, end] = take();
            const std::uint64_t assignment[2] = {begin, end};
            MPI_Send(assignment, 2, MPI_UINT64_T, status.MPI_SOURCE, tag_assignment,
                     MPI_COMM_WORLD);
            if (begin == end) {
                --serving;
            }
        }
    }
    share_outcome(failure);
}

// Any other rank: asks for a chunk, computes it, sends it back with the next request.
void MpiExecutor::serve(const TaskSlots& tasks) const {
    std::string message = encode_outcome(tasks, 0, 0, std::nullopt);
    while (true) {
        MPI_Request request{};
        MPI_Isend(message.data(), message_size(message.size()), MPI_BYTE, 0, tag_results,
                  MPI_COMM_WORLD, &request);
        wait_politely(request);
        std::uint64_t assignment[2] = {0, 0};
        MPI_Irecv(assignment, 2, MPI_UINT64_T, 0, tag_assignment, MPI_COMM_WORLD, &request);
        wait_politely(request);
        if (assignment[0] == assignment[1]) {
            break;
        }
        const auto failure = compute_range(tasks, assignment[0], assignment[1], threads_, {});
        message = encode_outcome(tasks, assignment[0], assignment[1], failure);
    }
    share_outcome(std::nullopt);
}

void MpiExecutor::share_outcome(std::optional<TaskFailure> failure) const {
    std::string verdict;
    if (rank_ == 0) {
        verdict = encode_outcome({}, 0, 0, failure);
    }
    broadcast_from_root(verdict);
    const auto outcome = decode_outcome({}, verdict);
    if (outcome.failure) {
        failure_shared_ = true;
        outcome.failure->raise();
    }
}

} // namespace hcsim::mpi
