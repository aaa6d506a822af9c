#include "hcsim/analysis/task_executor.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <new>
#include <thread>
#include <vector>

namespace hcsim::analysis {

TaskFailure TaskFailure::from(const std::exception_ptr& failure) {
    try {
        std::rethrow_exception(failure);
    } catch (const Interrupted& e) {
        return {Kind::interrupted, e.what(), e.signal()};
    } catch (const Error& e) {
        return {e.kind(), e.what()};
    } catch (const std::bad_alloc&) {
        return {Kind::bad_input, std::string(out_of_memory_message)};
    } catch (const std::exception& e) {
        return {Kind::internal, e.what()};
    } catch (...) {
        return {Kind::internal, "unknown failure"};
    }
}

void TaskFailure::raise() const {
    switch (kind) {
    case Kind::invariant:
        throw model::InvariantError(message);
    case Kind::bad_input:
        throw BadInput(message);
    case Kind::interrupted:
        throw Interrupted(signal);
    case Kind::internal:
        break;
    }
    throw InternalError(message);
}

void ThreadExecutor::run(const TaskSlots& tasks) const {
    const std::size_t total = tasks.count;
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::mutex progress_mutex;
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&] {
        while (true) {
            const std::size_t item = next.fetch_add(1);
            if (item >= total) {
                return;
            }
            try {
                tasks.compute(item);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) {
                    failure = std::current_exception();
                }
                next.store(total);
                return;
            }
            const std::size_t finished = done.fetch_add(1) + 1;
            if (tasks.progress) {
                const std::lock_guard lock(progress_mutex);
                tasks.progress(finished, total);
            }
        }
    };
    const unsigned threads = static_cast<unsigned>(
        std::clamp<std::size_t>(total, 1, std::max<std::size_t>(threads_, 1)));
#if defined(__EMSCRIPTEN__)
    // The browser's module has no threads (a page opened from a file cannot share memory
    // with workers); the replications run in turn, as with one thread.
    static_cast<void>(threads);
    worker();
#else
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) {
            pool.emplace_back(worker);
        }
        worker();
    }
#endif
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace hcsim::analysis
