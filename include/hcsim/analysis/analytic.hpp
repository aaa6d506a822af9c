#pragma once
// The housing chain as a continuous-time Markov chain, solved without simulation: the yardstick
// the simulation is checked against, and a fast model for calibration.
//
// A household entering a state picks its exit by probability and then waits that exit's delay.
// With exponential delays this is a Markov chain on phases (group, state, chosen exit): entering
// state s from c puts the household in phase (g, s, i) with the probability choose_exit gives,
// and phase (g, s, i) ends at rate 1 / mean delay of exit i, moving to the exit's destination.
// An exit to `stay`, or no possible exit, is an absorbing phase. Arrivals are a Poisson input
// whose rate follows the trend and monthly seasonality, so expected households per phase solve
// dm/dt = Q^T m + a(t), integrated month by month with a matrix exponential.
//
// Covered exactly: any number of groups, only_if_came_from, trend, seasonality, initial stocks,
// exponential delays, states without capacity, no active staff effects. Anything else is
// rejected (AnalyticUnsupported) unless `approximate` is set, which replaces every delay by an
// exponential of the same mean and ignores capacities and staff. Absorption probabilities,
// expected times to absorption and steady-state means depend on delays only through their means
// (infinite-server insensitivity), so they stay exact for general delays without capacity.
#include "hcsim/error.hpp"
#include "hcsim/model/spec.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace hcsim::analysis {

// Bad input for this command: the scenario is valid, but outside what the chain can solve.
class AnalyticUnsupported : public BadInput {
    using BadInput::BadInput;
};

struct AnalyticOptions {
    bool approximate = false; // see the file comment
};

// Where a household entering `state` from outside the chain (an arrival or initial stock) ends.
struct EntryFate {
    model::GroupIndex group = 0;
    model::StateIndex state = 0;
    double expected_days_to_absorption = 0.0; // until it is held for good somewhere
    std::vector<double> absorbed_in;          // by state: probability of being held there for good
};

struct SteadyState {
    std::vector<double> households;            // by state; NaN where households stay for good
    std::vector<double> accumulation_per_year; // by state: households held there for good, per year
    double evictions_per_year = 0.0;
    bool seasonal_average = false; // arrivals seasonal: the yearly average of the periodic solution
};

struct AnalyticResults {
    std::vector<std::string> notes;                              // approximations made
    std::vector<std::vector<double>> monthly_households;         // [month][state], at month end
    std::vector<std::vector<std::vector<double>>> monthly_moves; // [month][from][to], expected
    std::vector<std::vector<double>> monthly_arrivals;           // [month][state]
    std::vector<double> monthly_evictions;                       // [month]
    std::vector<double> state_days;                              // by state, over the horizon
    std::vector<double> evictions_by_year;                       // budget years
    std::optional<SteadyState> steady_state; // nullopt when arrivals trend or never absorb
    std::vector<EntryFate> fates;            // one per (arrival or initial stock, group)
};

// Throws AnalyticUnsupported naming the first feature the analytic model does not cover.
[[nodiscard]] AnalyticResults analyse(const model::ModelSpec& spec,
                                      const AnalyticOptions& options = {});

} // namespace hcsim::analysis
