// `initial: steady_state`: the initial stocks a scenario's usual care settles at by itself, so
// that a do-nothing baseline does not drift only because its stated stocks and flows disagree.
// Computed by a warm-up: the baseline model runs empty for `steady_state_warm_up_years`, and the
// mean households per state and group at its end (over `steady_state_replications`) become the
// stocks, rounded so that each state's total is its rounded mean.
#include "builders.hpp"
#include "hcsim/model/chain_simulation.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace hcsim::scenario::detail {

namespace {

// Households stay in such a state for good (an exit to `stay`, or none): its stock grows with the
// warm-up, so it has no steady state and starts empty.
bool holds_for_good(const model::ModelSpec& spec, model::StateIndex s) {
    const auto& exits = spec.exits[s];
    return exits.empty() || std::any_of(exits.begin(), exits.end(), [](const model::ExitSpec& e) {
               return std::any_of(e.destination.begin(), e.destination.end(),
                                  [](const auto& to) { return !to.has_value(); });
           });
}

// The baseline's usual care for the warm-up: no stocks, no fixed costs, and only the staff pools
// that work the whole horizon (usual care), kept on for the whole warm-up.
model::ModelSpec warm_up_model(const model::ModelSpec& baseline) {
    model::ModelSpec spec = baseline;
    const double horizon = baseline.horizon_days;
    spec.initial.clear();
    spec.fixed_costs.clear();
    std::erase_if(spec.staff, [&](const model::StaffPoolSpec& pool) {
        return pool.active.start > 0.0 || pool.active.end < horizon;
    });
    for (auto& pool : spec.staff) {
        pool.active = model::Period{};
    }
    spec.horizon_days = steady_state_warm_up_years * model::days_per_year;
    spec.max_events = baseline.max_events == 0
                          ? 0
                          : static_cast<std::uint64_t>(std::ceil(
                                static_cast<double>(baseline.max_events) *
                                std::max(1.0, spec.horizon_days / std::max(horizon, 1.0))));
    return spec;
}

} // namespace

std::vector<model::InitialStock> steady_state_stocks(const model::ModelSpec& baseline,
                                                     std::uint64_t seed) {
    const model::ModelSpec spec = warm_up_model(baseline);
    const std::size_t groups = spec.groups.size();
    std::vector<double> mean(spec.states.size() * groups, 0.0);
    for (std::size_t r = 0; r < steady_state_replications; ++r) {
        // Where each household is at the end: its last recorded move (queued ones stay put).
        std::unordered_map<std::uint64_t, std::pair<model::StateIndex, model::GroupIndex>> at;
        const model::TraceSink sink = [&](const model::TraceRecord& record) {
            if (record.to && record.event != "queued") {
                at[record.household] = {*record.to, record.group};
            }
        };
        (void)model::simulate_replication(spec, {seed, r}, sink);
        for (const auto& [household, where] : at) {
            mean[where.first * groups + where.second] += 1.0 / steady_state_replications;
        }
    }
    std::vector<model::InitialStock> stocks;
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        if (holds_for_good(spec, s)) {
            continue;
        }
        // Largest remainders: the groups' whole numbers add up to the state's rounded mean,
        // which stays within a capacity the mean respects.
        const auto first = mean.begin() + static_cast<std::ptrdiff_t>(s * groups);
        const double total =
            std::accumulate(first, first + static_cast<std::ptrdiff_t>(groups), 0.0);
        std::vector<double> counts(first, first + static_cast<std::ptrdiff_t>(groups));
        std::vector<std::uint32_t> whole(groups);
        std::uint32_t assigned = 0;
        for (std::size_t g = 0; g < groups; ++g) {
            whole[g] = static_cast<std::uint32_t>(std::floor(counts[g]));
            assigned += whole[g];
        }
        std::vector<std::size_t> order(groups);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return counts[a] - std::floor(counts[a]) > counts[b] - std::floor(counts[b]);
        });
        const auto target = static_cast<std::uint32_t>(std::lround(total));
        for (std::size_t i = 0; assigned < target && i < groups; ++i, ++assigned) {
            ++whole[order[i]];
        }
        for (model::GroupIndex g = 0; g < groups; ++g) {
            if (whole[g] > 0) {
                stocks.push_back({s, g, whole[g]});
            }
        }
    }
    return stocks;
}

} // namespace hcsim::scenario::detail
