// The default build: one process, tasks in threads.
#include "process_group.hpp"

#include <algorithm>
#include <thread>

namespace hcsim::cli {

struct ProcessGroup::State {};

ProcessGroup::ProcessGroup(int& /*argc*/, char**& /*argv*/) {}
ProcessGroup::~ProcessGroup() = default;

unsigned ProcessGroup::default_threads() const noexcept {
    return std::max(1U, std::thread::hardware_concurrency());
}

std::shared_ptr<const analysis::TaskExecutor>
ProcessGroup::executor(unsigned threads, const std::string& /*schedule*/,
                       bool /*results_everywhere*/) {
    return std::make_shared<analysis::ThreadExecutor>(threads);
}

int ProcessGroup::finish(int exit_code) {
    return exit_code;
}

} // namespace hcsim::cli
