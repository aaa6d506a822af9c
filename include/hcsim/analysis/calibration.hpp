#pragma once
// Fitting free parameters of a scenario to observed figures (hcsim calibrate): weighted least
// squares by Levenberg-Marquardt (Eigen), on the analytic model where it covers the scenario and
// on the simulation (common random numbers, a fixed seed) otherwise.
#include "hcsim/analysis/analytic.hpp"
#include "hcsim/analysis/task_executor.hpp"
#include "hcsim/error.hpp"
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/targets.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::analysis {

struct FreeParameter {
    std::string field; // the scenario field path, e.g. arrivals[1].per_year.adult
    double min = 0.0;
    double max = 0.0;
    double start = 0.0; // the scenario's value
};

enum class CalibrationMethod {
    analytic,    // exact Markov model (uncapacitated, exponential delays)
    approximate, // Markov model with exponential delays of the same means, capacities ignored
    simulation,  // mean over replications with common random numbers
};

[[nodiscard]] std::string to_string(CalibrationMethod method);
// The method named as to_string names it; nullopt for any other text.
[[nodiscard]] std::optional<CalibrationMethod> calibration_method_named(std::string_view name);

struct CalibrationSettings {
    std::optional<CalibrationMethod> method; // default: analytic if it covers the model
    std::size_t replications = 50;           // simulation, and the check at the fitted values
    std::uint64_t seed = 1;
    int max_evaluations = 400;
    // Spreads the replications of each simulated evaluation; null: one thread. Local threads
    // only (see simulated_target_values).
    const TaskExecutor* executor = nullptr;
};

// The model for parameter values given in FreeParameter order: of the option fitted (empty
// `option`), or of the option a target names (CalibrationTarget::option).
using ModelForValues =
    std::function<model::ModelSpec(const std::vector<double>&, const std::string& option)>;

struct FittedParameter {
    std::string field;
    double start = 0.0;
    double value = 0.0;
    double standard_error = 0.0; // NaN when not available (at a bound, or not identified)
    bool at_bound = false;
};

struct FitRow {
    std::string target;
    double observed = 0.0;
    double sd = 0.0; // as weighed
    double model = 0.0;
    double difference = 0.0; // model - observed
    double simulated = 0.0;  // simulation at the fitted values, with its 95% interval
    double simulated_low = 0.0;
    double simulated_high = 0.0;
};

struct CalibrationResult {
    CalibrationMethod method = CalibrationMethod::analytic;
    std::vector<FittedParameter> parameters;
    std::vector<FitRow> fit;
    double weighted_sum_of_squares = 0.0; // sum of weight * (difference / sd)^2
    int evaluations = 0;
    std::string status; // the optimiser's stopping reason
};

// Bad input to a calibration: fewer targets than parameters, empty bounds, nothing to fit.
class CalibrationError : public BadInput {
    using BadInput::BadInput;
};

// Throws CalibrationError when there are fewer targets than parameters or bounds are empty.
[[nodiscard]] CalibrationResult calibrate(const std::vector<FreeParameter>& parameters,
                                          const ModelForValues& model_for,
                                          const std::vector<scenario::CalibrationTarget>& targets,
                                          const CalibrationSettings& settings);

// Each target's expected value from the analytic model.
[[nodiscard]] std::vector<double>
analytic_target_values(const model::ModelSpec& spec, const AnalyticResults& results,
                       const std::vector<scenario::CalibrationTarget>& targets);

// Each target's value in each replication: [target][replication]. Replications are spread
// by `executor` (null: one thread); the values do not depend on it. Every process that calls
// it must hold every slot afterwards: a thread executor, or MPI with every rank reporting.
[[nodiscard]] std::vector<std::vector<double>>
simulated_target_values(const model::ModelSpec& spec,
                        const std::vector<scenario::CalibrationTarget>& targets, std::uint64_t seed,
                        std::size_t replications, const TaskExecutor* executor = nullptr);

} // namespace hcsim::analysis
