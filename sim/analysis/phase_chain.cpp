#include "phase_chain.hpp"

#include "hcsim/model/exit_choice.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::analysis::detail {

namespace {

using model::GroupIndex;
using model::StateIndex;

// Rejects what the chain cannot represent, or notes the approximation made for it.
void check_coverage(const model::ModelSpec& spec, const AnalyticOptions& options,
                    std::vector<std::string>& notes) {
    auto refuse = [&](const std::string& what, const std::string& approximation) {
        if (!options.approximate) {
            throw AnalyticUnsupported(what +
                                      "; the analytic model covers uncapacitated states, "
                                      "exponential delays and no staff effects "
                                      "(--approximate: " +
                                      approximation + ")");
        }
        const std::string note = what + ": " + approximation;
        if (std::find(notes.begin(), notes.end(), note) == notes.end()) {
            notes.push_back(note);
        }
    };
    for (const model::StateSpec& state : spec.states) {
        if (state.capacity) {
            refuse("state " + state.name + " has capacity " + std::to_string(*state.capacity),
                   "capacity ignored");
        }
    }
    for (const model::StaffPoolSpec& pool : spec.staff) {
        const bool active = pool.slots() > 0 && pool.active.start < spec.horizon_days &&
                            pool.active.end > 0.0 && !pool.effects.empty();
        if (active) {
            refuse("staff pool " + pool.role + " changes exits while it holds households",
                   "staff ignored");
        }
        if (pool.outreach && pool.fte > 0.0 && pool.active.start < spec.horizon_days) {
            refuse("staff pool " + pool.role + " brings in households by outreach",
                   "outreach ignored");
        }
    }
    for (StateIndex s = 0; s < spec.states.size(); ++s) {
        for (const model::ExitSpec& exit : spec.exits[s]) {
            for (GroupIndex g = 0; g < spec.groups.size(); ++g) {
                if (!exit.destination[g] || exit.probability[g] <= 0.0) {
                    continue;
                }
                const model::Distribution& delay = exit.delay[g];
                if (!(delay.expected() > 0.0)) {
                    throw AnalyticUnsupported("exit " + spec.states[s].name + "." + exit.name +
                                              " has a zero delay: no Markov rate");
                }
                if (delay.kind != model::DistributionKind::exponential) {
                    refuse("exit " + spec.states[s].name + "." + exit.name + " has a " +
                               model::to_string(delay.kind) + " delay",
                           "replaced by an exponential of the same mean");
                }
            }
        }
    }
    for (const model::ArrivalSpec& arrival : spec.arrivals) {
        if (1.0 + arrival.trend_per_year * spec.horizon_days / model::days_per_year < 0.0) {
            throw AnalyticUnsupported("arrivals into " + spec.states[arrival.into].name +
                                      " fall to zero within the horizon (trend " +
                                      std::to_string(arrival.trend_per_year) +
                                      "): the clamped rate is not covered");
        }
    }
}

class Builder {
public:
    Builder(const model::ModelSpec& spec, PhaseChain& chain) : spec_(spec), chain_(chain) {
        const std::size_t groups = spec.groups.size();
        const std::size_t states = spec.states.size();
        for (GroupIndex g = 0; g < groups; ++g) {
            for (StateIndex s = 0; s < states; ++s) {
                stay_phase_.push_back(chain.phases.size());
                chain.phases.push_back(Phase{g, s, std::nullopt, 0.0, std::nullopt, false});
                const auto& exits = spec.exits[s];
                exit_phase_.emplace_back(exits.size(), std::nullopt);
                for (std::size_t i = 0; i < exits.size(); ++i) {
                    const model::ExitSpec& exit = exits[i];
                    if (!exit.destination[g] || exit.probability[g] <= 0.0) {
                        continue; // held for good: the stay phase
                    }
                    exit_phase_.back()[i] = chain.phases.size();
                    chain.phases.push_back(Phase{g, s, i, 1.0 / exit.delay[g].expected(),
                                                 exit.destination[g], exit.eviction});
                }
            }
        }
    }

    // Where a household of group g entering state s from `came_from` starts, by phase.
    [[nodiscard]] Eigen::VectorXd entry(GroupIndex g, StateIndex s,
                                        std::optional<StateIndex> came_from) const {
        Eigen::VectorXd vector = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(size()));
        const auto& exits = spec_.exits[s];
        const std::vector<double> probabilities =
            model::exit_probabilities(exits, g, came_from, model::usual_care(exits.size()));
        double assigned = 0.0;
        for (std::size_t i = 0; i < exits.size(); ++i) {
            if (probabilities[i] <= 0.0) {
                continue;
            }
            const std::size_t at = g * spec_.states.size() + s;
            const std::size_t phase = exit_phase_[at][i].value_or(stay_phase_[at]);
            vector(static_cast<Eigen::Index>(phase)) += probabilities[i];
            assigned += probabilities[i];
        }
        if (assigned <= 0.0) {
            vector(static_cast<Eigen::Index>(stay_phase_[g * spec_.states.size() + s])) =
                1.0; // no exit: stays
        }
        return vector;
    }

    [[nodiscard]] std::size_t size() const noexcept { return chain_.phases.size(); }

private:
    const model::ModelSpec& spec_;
    PhaseChain& chain_;
    // Indexed by g * states + s: the stay phase, and the phase of each exit (none: stays).
    std::vector<std::size_t> stay_phase_;
    std::vector<std::vector<std::optional<std::size_t>>> exit_phase_;
};

void add_entry_point(PhaseChain& chain, GroupIndex g, StateIndex s, const Builder& builder) {
    for (const EntryPoint& point : chain.entry_points) {
        if (point.group == g && point.state == s) {
            return;
        }
    }
    chain.entry_points.push_back(EntryPoint{g, s, builder.entry(g, s, std::nullopt)});
}

} // namespace

PhaseChain build_phase_chain(const model::ModelSpec& spec, const AnalyticOptions& options) {
    PhaseChain chain;
    check_coverage(spec, options, chain.notes);
    const Builder builder(spec, chain);
    const auto n = static_cast<Eigen::Index>(builder.size());

    chain.generator = Eigen::MatrixXd::Zero(n, n);
    for (Eigen::Index p = 0; p < n; ++p) {
        const Phase& phase = chain.phases[static_cast<std::size_t>(p)];
        if (phase.absorbing()) {
            continue;
        }
        chain.generator(p, p) -= phase.rate;
        chain.generator.row(p) +=
            phase.rate * builder.entry(phase.group, *phase.destination, phase.state).transpose();
    }

    for (const model::ArrivalSpec& arrival : spec.arrivals) {
        for (GroupIndex g = 0; g < spec.groups.size(); ++g) {
            if (arrival.per_year[g] <= 0.0) {
                continue;
            }
            chain.inputs.push_back(ArrivalInput{
                g, arrival.into, arrival.per_year[g] / model::days_per_year, arrival.trend_per_year,
                arrival.seasonality, builder.entry(g, arrival.into, std::nullopt)});
            add_entry_point(chain, g, arrival.into, builder);
        }
    }

    chain.initial = Eigen::VectorXd::Zero(n);
    for (const model::InitialStock& stock : spec.initial) {
        if (stock.count == 0) {
            continue;
        }
        chain.initial += static_cast<double>(stock.count) *
                         builder.entry(stock.group, stock.state, std::nullopt);
        add_entry_point(chain, stock.group, stock.state, builder);
    }
    return chain;
}

} // namespace hcsim::analysis::detail
