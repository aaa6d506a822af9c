#pragma once
// Internal: the phase-type Markov chain of a ModelSpec (see hcsim/analysis/analytic.hpp).
#include "hcsim/analysis/analytic.hpp"

#include <Eigen/Dense>
#include <array>
#include <optional>
#include <vector>

namespace hcsim::analysis::detail {

// (group, state, chosen exit). exit == nullopt: held in the state for good (absorbing).
struct Phase {
    model::GroupIndex group = 0;
    model::StateIndex state = 0;
    std::optional<std::size_t> exit;
    double rate = 0.0; // per day; 0 for absorbing phases
    std::optional<model::StateIndex> destination;
    bool eviction = false;
    [[nodiscard]] bool absorbing() const noexcept { return !exit; }
};

// One Poisson input: households of `group` arriving into the phases given by `entry`.
struct ArrivalInput {
    model::GroupIndex group = 0;
    model::StateIndex state = 0;
    double per_day = 0.0;
    double trend_per_year = 0.0;
    std::array<double, 12> seasonality{};
    Eigen::VectorXd entry; // by phase, sums to 1
};

// Where households of `group` entering `state` from outside the chain start, by phase.
struct EntryPoint {
    model::GroupIndex group = 0;
    model::StateIndex state = 0;
    Eigen::VectorXd entry;
};

struct PhaseChain {
    std::vector<Phase> phases;
    Eigen::MatrixXd generator; // Q: row = from phase, column = to phase; rows sum to 0
    std::vector<ArrivalInput> inputs;
    Eigen::VectorXd initial;              // expected households by phase at time 0
    std::vector<EntryPoint> entry_points; // arrivals and initial stocks, each (group, state) once
    std::vector<std::string> notes;
};

// Throws AnalyticUnsupported when `spec` is outside what the chain covers (see analytic.hpp).
[[nodiscard]] PhaseChain build_phase_chain(const model::ModelSpec& spec,
                                           const AnalyticOptions& options);

} // namespace hcsim::analysis::detail
