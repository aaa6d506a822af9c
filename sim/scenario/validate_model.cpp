// Checks across fields once a ModelSpec is complete: probabilities sum to 1, capacities hold
// the initial stocks, overflows and zero-delay moves do not loop.
#include "builders.hpp"

#include <cmath>
#include <sstream>

namespace hcsim::scenario::detail {

namespace {

bool is_instant(const model::Distribution& d) {
    switch (d.kind) {
    case model::DistributionKind::fixed:
        return d.mean == 0.0;
    case model::DistributionKind::uniform:
        return d.max == 0.0;
    case model::DistributionKind::empirical:
        return std::all_of(d.values.begin(), d.values.end(), [](double v) { return v == 0.0; });
    default:
        return false;
    }
}

// A cycle in a graph given as adjacency lists, as a list of nodes; empty if none. Depth-first
// with an explicit stack: a chain of thousands of states must not overflow the call stack.
std::vector<std::size_t> find_cycle(const std::vector<std::vector<std::size_t>>& edges) {
    enum Mark { unvisited, active, done };
    std::vector<Mark> marks(edges.size(), unvisited);
    std::vector<std::size_t> position(edges.size(), 0); // index in `path` while active
    std::vector<std::size_t> path;
    std::vector<std::size_t> next_edge;
    for (std::size_t root = 0; root < edges.size(); ++root) {
        if (marks[root] != unvisited) {
            continue;
        }
        marks[root] = active;
        position[root] = path.size();
        path.push_back(root);
        next_edge.push_back(0);
        while (!path.empty()) {
            const std::size_t node = path.back();
            if (next_edge.back() == edges[node].size()) {
                marks[node] = done;
                path.pop_back();
                next_edge.pop_back();
                continue;
            }
            const std::size_t next = edges[node][next_edge.back()++];
            if (marks[next] == active) {
                std::vector<std::size_t> cycle(
                    path.begin() + static_cast<std::ptrdiff_t>(position[next]), path.end());
                cycle.push_back(next);
                return cycle;
            }
            if (marks[next] == unvisited) {
                marks[next] = active;
                position[next] = path.size();
                path.push_back(next);
                next_edge.push_back(0);
            }
        }
    }
    return {};
}

std::string describe_cycle(const std::vector<std::size_t>& cycle, const NameList& names) {
    std::string text;
    for (const std::size_t node : cycle) {
        text += (text.empty() ? "" : " -> ") + names[node];
    }
    return text;
}

} // namespace

void validate_model(const View& merged, const BuildContext& ctx, const model::ModelSpec& spec) {
    const View exits_view = merged["exits"];
    const View states_view = merged["states"];
    const ViewIndex exits_of(exits_view);
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        const auto& exits = spec.exits[s];
        const View here = exits_of[spec.states[s].name];
        if (spec.states[s].kind == model::StateKind::absorbing && !exits.empty()) {
            here.error("an absorbing state has no exits");
            continue;
        }
        if (exits.empty()) {
            continue;
        }
        for (model::GroupIndex g = 0; g < spec.groups.size(); ++g) {
            double sum = 0.0;
            for (const auto& exit : exits) {
                sum += exit.probability[g];
            }
            if (std::abs(sum - 1.0) > 1e-9) {
                std::ostringstream message;
                message.precision(12);
                message << "exit probabilities for group '" << spec.groups[g].name << "' sum to "
                        << sum << ", not 1";
                here.error(message.str());
            }
        }
    }
    std::vector<std::uint64_t> initial(spec.states.size(), 0);
    for (const auto& stock : spec.initial) {
        initial[stock.state] += stock.count;
    }
    std::vector<std::vector<std::size_t>> overflow_edges(spec.states.size());
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        const auto& state = spec.states[s];
        if (state.capacity && initial[s] > *state.capacity) {
            states_view[state.name]["capacity"].error(
                "capacity " + std::to_string(*state.capacity) + " is below the " +
                std::to_string(initial[s]) + " households placed here initially");
        }
        if (state.overflow) {
            overflow_edges[s].push_back(*state.overflow);
        }
    }
    if (const auto cycle = find_cycle(overflow_edges); !cycle.empty()) {
        states_view[spec.states[cycle.front()].name]["overflow"].error(
            "overflows loop: " + describe_cycle(cycle, ctx.states));
    }
    // Arrivals have nowhere to wait, so a full target must overflow to a state that never
    // fills. Whether each state's overflow chain ends in one is found once per state (walking
    // each arrival's chain anew took arrivals × states steps).
    enum Reach : unsigned char { unknown, ends_free, ends_full };
    std::vector<Reach> reach(spec.states.size(), unknown);
    const auto chain_end = [&](model::StateIndex start) {
        std::vector<model::StateIndex> path;
        model::StateIndex at = start;
        Reach found = ends_full;
        while (reach[at] == unknown && path.size() <= spec.states.size()) {
            path.push_back(at);
            if (!spec.states[at].capacity) {
                found = ends_free;
                break;
            }
            if (!spec.states[at].overflow) {
                break;
            }
            at = *spec.states[at].overflow;
        }
        if (reach[at] != unknown) {
            found = reach[at];
        } else if (path.size() > spec.states.size()) {
            found = ends_free; // an overflow loop, reported above
        }
        for (const model::StateIndex s_on_path : path) {
            reach[s_on_path] = found;
        }
        return found;
    };
    for (std::size_t a = 0; a < spec.arrivals.size(); ++a) {
        if (chain_end(spec.arrivals[a].into) == ends_full) {
            merged["arrivals"].items()[a]["into"].error(
                "households arrive in '" + spec.states[spec.arrivals[a].into].name +
                "', which has a capacity but no overflow chain ending in a state without one");
        }
    }
    std::vector<std::vector<std::size_t>> instant_edges(spec.states.size());
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        for (const auto& exit : spec.exits[s]) {
            for (model::GroupIndex g = 0; g < spec.groups.size(); ++g) {
                if (exit.destination[g] && exit.probability[g] > 0.0 && is_instant(exit.delay[g])) {
                    instant_edges[s].push_back(*exit.destination[g]);
                }
            }
        }
    }
    if (const auto cycle = find_cycle(instant_edges); !cycle.empty()) {
        exits_view[spec.states[cycle.front()].name].error(
            "moves with zero delay form a cycle (" + describe_cycle(cycle, ctx.states) +
            "): households would move forever without time passing");
    }
}

} // namespace hcsim::scenario::detail
