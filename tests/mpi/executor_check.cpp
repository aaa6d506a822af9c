// Run under mpirun with any number of ranks: the MPI executor must put every result in its
// slot on rank 0 whatever the schedule, and a task that fails on one rank must be raised,
// with its kind and message, in every rank. Exit 0 when every check holds on this rank.
#include "../../sim/mpi/mpi_executor.hpp"
#include "hcsim/analysis/detail/byte_codec.hpp"
#include "hcsim/error.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <cmath>
#include <cstdio>
#include <mpi.h>
#include <string>
#include <tuple>
#include <vector>

using namespace hcsim;

namespace {

int failures = 0;
int rank = 0;

void check(bool condition, const std::string& what) {
    if (!condition) {
        ++failures;
        std::fprintf(stderr, "rank %d: FAILED: %s\n", rank, what.c_str());
    }
}

// A result whose exact bits matter: a double that printing would round.
double value_of(std::size_t task) {
    return std::sin(static_cast<double>(task)) / 3.0;
}

// How the failing task fails: one error of each kind of the error root, and a plain one.
enum class Failure { invariant, event_limit, interrupted, plain };

std::vector<double> run(const analysis::TaskExecutor& executor, std::size_t count,
                        std::size_t failing_task, Failure failure = Failure::plain) {
    std::vector<double> slots(count, -1.0);
    analysis::TaskSlots tasks;
    tasks.count = count;
    tasks.compute = [&](std::size_t i) {
        if (i == failing_task) {
            const std::string task = "task " + std::to_string(i);
            switch (failure) {
            case Failure::invariant:
                throw model::InvariantError(task + " broke an invariant");
            case Failure::event_limit:
                throw model::EventLimitError(task + " passed its event budget");
            case Failure::interrupted:
                throw Interrupted(15);
            case Failure::plain:
                break;
            }
            throw std::runtime_error(task + " failed");
        }
        slots[i] = value_of(i);
    };
    tasks.encode = [&](std::size_t i) {
        analysis::detail::ByteWriter writer;
        writer.put(slots[i]);
        return std::move(writer).take();
    };
    tasks.decode = [&](std::size_t i, std::string_view bytes) {
        analysis::detail::ByteReader reader(bytes);
        reader.get(slots[i]);
    };
    executor.run(tasks);
    return slots;
}

} // namespace

int main(int argc, char** argv) {
    int provided = 0;
    MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank);
    std::atomic<bool> shared{false};
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    for (const auto schedule : {mpi::Schedule::static_blocks, mpi::Schedule::work_queue}) {
        const std::string name = schedule == mpi::Schedule::work_queue ? "queue" : "static";
        for (const unsigned threads : {1U, 2U}) {
            const mpi::MpiExecutor executor(threads, schedule, shared);
            for (const std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{103}}) {
                const auto slots = run(executor, count, none);
                if (rank == 0) {
                    bool all = true;
                    for (std::size_t i = 0; i < count; ++i) {
                        all = all && slots[i] == value_of(i);
                    }
                    check(all, name + ": every slot holds its own task's exact result");
                }
            }
            // The kind (and so the exit code) and the message reach every rank.
            const std::vector<std::tuple<Failure, ErrorKind, std::string>> cases{
                {Failure::invariant, ErrorKind::invariant, "task 71 broke an invariant"},
                {Failure::event_limit, ErrorKind::bad_input, "task 71 passed its event budget"},
                {Failure::interrupted, ErrorKind::interrupted, "interrupted by signal 15"},
                {Failure::plain, ErrorKind::internal, "task 71 failed"}};
            for (const auto& [failure, kind, message] : cases) {
                bool raised = false;
                try {
                    (void)run(executor, 103, 71, failure);
                } catch (const model::InvariantError& e) {
                    raised = kind == ErrorKind::invariant && e.what() == message;
                } catch (const Interrupted& e) {
                    raised = kind == ErrorKind::interrupted && e.signal() == 15 &&
                             exit_code(e.kind(), e.signal()) == 143;
                } catch (const Error& e) {
                    raised = e.kind() == kind && e.what() == message;
                }
                check(raised, name + ": a failed task is raised with its kind in every rank (" +
                                  message + ")");
            }
        }
    }
    check(shared, "a failure raised in every rank is marked as shared");
    int any = failures;
    MPI_Allreduce(&failures, &any, 1, MPI_INT, MPI_SUM, MPI_COMM_WORLD);
    if (rank == 0) {
        std::printf("%s\n", any == 0 ? "every check held on every rank" : "checks failed");
    }
    MPI_Finalize();
    return failures == 0 ? 0 : 1;
}
