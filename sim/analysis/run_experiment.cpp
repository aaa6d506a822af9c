#include "hcsim/analysis/experiment.hpp"
#include "hcsim/analysis/replication_codec.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <algorithm>
#include <stdexcept>

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
    std::vector<const model::ModelSpec*> specs;
    for (const auto& option : scenario.options) {
        specs.push_back(&option.spec);
    }
    const MetricCatalogue catalogue(reference, all_payers(scenario), cost_items_of(specs),
                                    scenario.indicators);
    Experiment experiment;
    experiment.metrics = catalogue.definitions();
    experiment.cost_lines = catalogue.cost_lines();
    experiment.discount_rate = reference.discount_rate;
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
    // the same whatever the number of threads or processes or the order they finish in.
    const std::size_t replications = settings.replications;
    auto slot = [&](std::size_t item) -> ReplicationSummary& {
        return experiment.options[item / replications].replications[item % replications];
    };
    TaskSlots tasks;
    tasks.count = chosen.size() * replications;
    tasks.compute = [&](std::size_t item) {
        if (settings.interrupt != nullptr && settings.interrupt->load() != 0) {
            return; // stop promptly: the run is abandoned and Interrupted thrown below
        }
        const std::size_t o = item / replications;
        const std::size_t r = item % replications;
        const std::uint64_t replication =
            settings.independent_streams ? r + o * independent_stride : r;
        const auto result =
            model::simulate_replication(chosen[o]->spec, {settings.seed, replication});
        slot(item) = catalogue.summarise(chosen[o]->spec, result);
    };
    tasks.encode = [&](std::size_t item) { return encode_summary(slot(item)); };
    tasks.decode = [&](std::size_t item, std::string_view bytes) {
        slot(item) = decode_summary(bytes);
    };
    tasks.progress = settings.progress;
    if (settings.executor != nullptr) {
        settings.executor->run(tasks);
    } else {
        ThreadExecutor(settings.threads).run(tasks);
    }
    if (settings.interrupt != nullptr && settings.interrupt->load() != 0) {
        throw Interrupted(settings.interrupt->load());
    }
    return experiment;
}

} // namespace hcsim::analysis
