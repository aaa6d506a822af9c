#include "hcsim/analysis/experiment.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace hcsim::analysis {

const OptionResults& Experiment::option(const std::string& name) const {
    for (const auto& o : options) {
        if (o.name == name) {
            return o;
        }
    }
    throw std::out_of_range("experiment has no option " + name);
}

namespace {

// Far apart replication keys for independent streams per option.
constexpr std::uint64_t independent_stride = 1000003;

std::vector<std::string> all_payers(const scenario::Scenario& scenario) {
    std::vector<std::string> payers;
    for (const auto& option : scenario.options) {
        for (const auto& payer : option.spec.payers) {
            if (std::find(payers.begin(), payers.end(), payer) == payers.end()) {
                payers.push_back(payer);
            }
        }
    }
    return payers;
}

} // namespace

Experiment run_experiment(const scenario::Scenario& scenario, const RunSettings& settings,
                          const std::vector<std::string>& option_names) {
    std::vector<const scenario::OptionModel*> chosen;
    for (const auto& option : scenario.options) {
        if (option_names.empty() || std::find(option_names.begin(), option_names.end(),
                                              option.name) != option_names.end()) {
            chosen.push_back(&option);
        }
    }
    const model::ModelSpec& reference = scenario.options.front().spec;
    const MetricCatalogue catalogue(reference, all_payers(scenario));
    Experiment experiment;
    experiment.metrics = catalogue.definitions();
    for (const auto& state : reference.states) {
        experiment.states.push_back(state.name);
    }
    experiment.years = reference.years();
    experiment.months = reference.months();
    for (const auto* option : chosen) {
        experiment.options.push_back(
            OptionResults{option->name, std::vector<ReplicationSummary>(settings.replications)});
    }

    // Work items are (option, replication); each writes only its own slot, so the result is
    // the same whatever the number of threads or the order they finish in.
    const std::size_t total = chosen.size() * settings.replications;
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::mutex progress_mutex;
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&] {
        while (true) {
            if (settings.interrupt != nullptr && settings.interrupt->load() != 0) {
                next.store(total);
                return;
            }
            const std::size_t item = next.fetch_add(1);
            if (item >= total) {
                return;
            }
            const std::size_t o = item / settings.replications;
            const std::size_t r = item % settings.replications;
            try {
                const std::uint64_t replication =
                    settings.independent_streams ? r + o * independent_stride : r;
                const auto result =
                    model::simulate_replication(chosen[o]->spec, {settings.seed, replication});
                experiment.options[o].replications[r] =
                    catalogue.summarise(chosen[o]->spec, result);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) {
                    failure = std::current_exception();
                }
                next.store(total);
                return;
            }
            const std::size_t finished = done.fetch_add(1) + 1;
            if (settings.progress) {
                const std::lock_guard lock(progress_mutex);
                settings.progress(finished, total);
            }
        }
    };
    const unsigned threads =
        std::max(1U, std::min<unsigned>(settings.threads,
                                        static_cast<unsigned>(std::max<std::size_t>(total, 1))));
    {
        std::vector<std::jthread> pool;
        for (unsigned t = 1; t < threads; ++t) {
            pool.emplace_back(worker);
        }
        worker();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    if (settings.interrupt != nullptr && settings.interrupt->load() != 0) {
        throw Interrupted(settings.interrupt->load());
    }
    return experiment;
}

} // namespace hcsim::analysis
