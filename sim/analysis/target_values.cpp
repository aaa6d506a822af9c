// What the model says about an observed figure: from the analytic means or per replication.
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace hcsim::analysis {

namespace {

using scenario::CalibrationTarget;
using scenario::TargetQuantity;

bool contains(const std::vector<model::StateIndex>& states, model::StateIndex s) {
    return std::find(states.begin(), states.end(), s) != states.end();
}

bool counts_entries(TargetQuantity quantity) {
    return quantity == TargetQuantity::entries || quantity == TargetQuantity::present;
}

// Households placed in `states` at the start of the run.
double initial_stock(const model::ModelSpec& spec, const std::vector<model::StateIndex>& states) {
    double stock = 0.0;
    for (const auto& initial : spec.initial) {
        stock += contains(states, initial.state) ? initial.count : 0.0;
    }
    return stock;
}

// Households in `states` at the start of 1-based month `month`: the initial stock, or the
// count at the end of the month before.
template <typename MonthEndCounts>
double stock_at_start(const model::ModelSpec& spec, const std::vector<model::StateIndex>& states,
                      std::size_t month, const MonthEndCounts& month_end) {
    if (month <= 1) {
        return initial_stock(spec, states);
    }
    double stock = 0.0;
    for (const auto s : states) {
        stock += static_cast<double>(month_end[month - 2][s]);
    }
    return stock;
}

} // namespace

std::vector<double> analytic_target_values(const model::ModelSpec& spec,
                                           const AnalyticResults& results,
                                           const std::vector<CalibrationTarget>& targets) {
    std::vector<double> values;
    for (const CalibrationTarget& target : targets) {
        double value = target.quantity == TargetQuantity::present
                           ? stock_at_start(spec, target.states, target.first_month,
                                            results.monthly_households)
                           : 0.0;
        for (std::size_t month = target.first_month - 1; month < target.last_month; ++month) {
            switch (target.quantity) {
            case TargetQuantity::stock:
                for (const auto s : target.states) {
                    value += results.monthly_households[month][s];
                }
                break;
            case TargetQuantity::evictions:
                value += results.monthly_evictions[month];
                break;
            case TargetQuantity::entries:
            case TargetQuantity::present: {
                const auto& moves = results.monthly_moves[month];
                for (model::StateIndex to = 0; to < moves.size(); ++to) {
                    if (!contains(target.states, to)) {
                        continue;
                    }
                    value += results.monthly_arrivals[month][to];
                    for (model::StateIndex from = 0; from < moves.size(); ++from) {
                        value += contains(target.states, from) ? 0.0 : moves[from][to];
                    }
                }
                break;
            }
            }
        }
        values.push_back(value);
    }
    return values;
}

namespace {

// Every target's value in replication `replication`.
std::vector<double> replication_target_values(const model::ModelSpec& spec,
                                              const std::vector<CalibrationTarget>& targets,
                                              std::uint64_t seed, std::size_t replication) {
    const bool needs_trace = std::any_of(targets.begin(), targets.end(),
                                         [](const auto& t) { return counts_entries(t.quantity); });
    std::vector<std::vector<double>> entries_by_month(targets.size(),
                                                      std::vector<double>(spec.months(), 0.0));
    model::TraceSink sink;
    if (needs_trace) {
        sink = [&](const model::TraceRecord& record) {
            if (!record.to || record.event == "queued" || record.event == "initial") {
                return;
            }
            const auto month = std::min(
                static_cast<std::size_t>(record.time / model::days_per_month), spec.months() - 1);
            for (std::size_t t = 0; t < targets.size(); ++t) {
                const auto& states = targets[t].states;
                if (counts_entries(targets[t].quantity) && contains(states, *record.to) &&
                    !(record.from && contains(states, *record.from))) {
                    entries_by_month[t][month] += 1.0;
                }
            }
        };
    }
    const model::ReplicationResult result =
        model::simulate_replication(spec, {seed, replication}, sink);
    std::vector<double> values;
    for (std::size_t t = 0; t < targets.size(); ++t) {
        const CalibrationTarget& target = targets[t];
        double value = 0.0;
        switch (target.quantity) {
        case TargetQuantity::stock:
            for (const auto s : target.states) {
                value += result.monthly_counts[target.first_month - 1][s];
            }
            break;
        case TargetQuantity::evictions:
            value = static_cast<double>(result.evictions_by_year[(target.first_month - 1) / 12]);
            break;
        case TargetQuantity::present:
            value = stock_at_start(spec, target.states, target.first_month, result.monthly_counts);
            [[fallthrough]];
        case TargetQuantity::entries:
            for (std::size_t m = target.first_month - 1; m < target.last_month; ++m) {
                value += entries_by_month[t][m];
            }
            break;
        }
        values.push_back(value);
    }
    return values;
}

} // namespace

std::vector<std::vector<double>>
simulated_target_values(const model::ModelSpec& spec, const std::vector<CalibrationTarget>& targets,
                        std::uint64_t seed, std::size_t replications,
                        const TaskExecutor* executor) {
    // One task per replication, each into its own slot: the same values for any executor.
    std::vector<std::vector<double>> by_replication(replications);
    TaskSlots tasks;
    tasks.count = replications;
    tasks.compute = [&](std::size_t r) {
        by_replication[r] = replication_target_values(spec, targets, seed, r);
    };
    tasks.encode = [&](std::size_t r) {
        return std::string(reinterpret_cast<const char*>(by_replication[r].data()),
                           by_replication[r].size() * sizeof(double));
    };
    tasks.decode = [&](std::size_t r, std::string_view bytes) {
        if (bytes.size() != targets.size() * sizeof(double)) {
            throw std::runtime_error("target values of replication " + std::to_string(r) + ": " +
                                     std::to_string(bytes.size()) + " bytes received");
        }
        by_replication[r].resize(targets.size());
        std::memcpy(by_replication[r].data(), bytes.data(), bytes.size());
    };
    if (executor != nullptr) {
        executor->run(tasks);
    } else {
        ThreadExecutor(1).run(tasks);
    }
    std::vector<std::vector<double>> values(targets.size(), std::vector<double>(replications));
    for (std::size_t r = 0; r < replications; ++r) {
        for (std::size_t t = 0; t < targets.size(); ++t) {
            values[t][r] = by_replication[r].at(t);
        }
    }
    return values;
}

} // namespace hcsim::analysis
