// Weighted least squares over bounded parameters: each parameter is mapped to the real line by
// a logistic transform so the unconstrained Levenberg-Marquardt of Eigen stays within bounds.
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/enum_names.hpp"

#include "hcsim/kernel/statistics.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <unsupported/Eigen/NonLinearOptimization>

namespace hcsim::analysis {

// In the order of the enumerators.
constexpr std::string_view calibration_method_names[] = {"analytic", "approximate", "simulation"};
static_assert(std::size(calibration_method_names) ==
              static_cast<std::size_t>(CalibrationMethod::simulation) + 1);

std::string to_string(CalibrationMethod method) {
    return std::string(name_of(calibration_method_names, method));
}

std::optional<CalibrationMethod> calibration_method_named(std::string_view name) {
    return value_named<CalibrationMethod>(calibration_method_names, name);
}

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;
using scenario::CalibrationTarget;

// The model's value of every target at given parameter values, by the chosen method.
class TargetModel {
public:
    TargetModel(const std::vector<FreeParameter>& parameters, const ModelForValues& model_for,
                const std::vector<CalibrationTarget>& targets, const CalibrationSettings& settings,
                CalibrationMethod method)
        : parameters_(parameters), model_for_(model_for), targets_(targets), settings_(settings),
          method_(method) {}

    // Targets are evaluated option by option (most on the option fitted).
    [[nodiscard]] std::vector<double> values(const std::vector<double>& x) const {
        ++evaluations_;
        std::vector<double> out(targets_.size(), 0.0);
        std::vector<bool> done(targets_.size(), false);
        for (std::size_t first = 0; first < targets_.size(); ++first) {
            if (done[first]) {
                continue;
            }
            std::vector<std::size_t> members;
            std::vector<CalibrationTarget> group;
            for (std::size_t t = first; t < targets_.size(); ++t) {
                if (!done[t] && targets_[t].option == targets_[first].option) {
                    members.push_back(t);
                    group.push_back(targets_[t]);
                    done[t] = true;
                }
            }
            const auto group_values = values_on(model_for_(x, targets_[first].option), group);
            for (std::size_t i = 0; i < members.size(); ++i) {
                out[members[i]] = group_values[i];
            }
        }
        return out;
    }

    [[nodiscard]] std::vector<double> values_on(const model::ModelSpec& spec,
                                                const std::vector<CalibrationTarget>& group) const {
        if (method_ == CalibrationMethod::simulation) {
            std::vector<double> means;
            for (const auto& per_replication : simulated_target_values(
                     spec, group, settings_.seed, settings_.replications, settings_.executor)) {
                means.push_back(kernel::mean_confidence_interval(per_replication).mean);
            }
            return means;
        }
        return analytic_target_values(
            spec, analyse(spec, {method_ == CalibrationMethod::approximate}), group);
    }

    // Weighted residuals sqrt(w) (model - observed) / sd.
    [[nodiscard]] VectorXd residuals(const std::vector<double>& x) const {
        const std::vector<double> model = values(x);
        VectorXd r(static_cast<Eigen::Index>(targets_.size()));
        for (std::size_t i = 0; i < targets_.size(); ++i) {
            const CalibrationTarget& t = targets_[i];
            r(static_cast<Eigen::Index>(i)) =
                std::sqrt(t.weight) * (model[i] - t.observed) / t.effective_sd();
        }
        return r;
    }

    // Relative finite-difference step: simulated counts are step functions of the parameters
    // (common random numbers), so their differences need steps far above rounding.
    [[nodiscard]] double relative_step() const {
        return method_ == CalibrationMethod::simulation ? 0.03 : 1e-5;
    }
    [[nodiscard]] std::size_t size() const noexcept { return parameters_.size(); }
    [[nodiscard]] const FreeParameter& parameter(std::size_t i) const { return parameters_[i]; }
    [[nodiscard]] std::size_t target_count() const noexcept { return targets_.size(); }
    [[nodiscard]] int evaluations() const noexcept { return evaluations_; }

private:
    const std::vector<FreeParameter>& parameters_;
    const ModelForValues& model_for_;
    const std::vector<CalibrationTarget>& targets_;
    const CalibrationSettings& settings_;
    CalibrationMethod method_;
    mutable int evaluations_ = 0;
};

double to_value(const FreeParameter& p, double z) {
    return p.min + (p.max - p.min) / (1.0 + std::exp(-z));
}

double to_unbounded(const FreeParameter& p, double x) {
    const double share = std::clamp((x - p.min) / (p.max - p.min), 1e-6, 1.0 - 1e-6);
    return std::log(share / (1.0 - share));
}

// The functor Eigen's Levenberg-Marquardt minimises, in the unbounded coordinates z.
struct UnboundedResiduals {
    using Scalar = double;
    enum { InputsAtCompileTime = Eigen::Dynamic, ValuesAtCompileTime = Eigen::Dynamic };
    using InputType = VectorXd;
    using ValueType = VectorXd;
    using JacobianType = MatrixXd;

    const TargetModel* model;

    [[nodiscard]] int inputs() const { return static_cast<int>(model->size()); }
    [[nodiscard]] int values() const { return static_cast<int>(model->target_count()); }

    [[nodiscard]] std::vector<double> values_at(const VectorXd& z) const {
        std::vector<double> x(model->size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = to_value(model->parameter(i), z(static_cast<Eigen::Index>(i)));
        }
        return x;
    }
    int operator()(const VectorXd& z, VectorXd& residuals) const {
        residuals = model->residuals(values_at(z));
        return 0;
    }
    int df(const VectorXd& z, MatrixXd& jacobian) const {
        const double h = model->relative_step() * 4.0; // in logistic units: ~ the same share
        for (Eigen::Index j = 0; j < z.size(); ++j) {
            VectorXd up = z;
            VectorXd down = z;
            up(j) += h;
            down(j) -= h;
            jacobian.col(j) =
                (model->residuals(values_at(up)) - model->residuals(values_at(down))) / (2.0 * h);
        }
        return 0;
    }
};

std::string status_text(Eigen::LevenbergMarquardtSpace::Status status) {
    using namespace Eigen::LevenbergMarquardtSpace;
    switch (status) {
    case RelativeReductionTooSmall:
        return "converged (sum of squares stopped falling)";
    case RelativeErrorTooSmall:
        return "converged (parameters stopped changing)";
    case RelativeErrorAndReductionTooSmall:
        return "converged";
    case CosinusTooSmall:
        return "converged (residuals orthogonal to the Jacobian)";
    case TooManyFunctionEvaluation:
        return "stopped: evaluation limit reached";
    case FtolTooSmall:
    case XtolTooSmall:
    case GtolTooSmall:
        return "stopped: no further improvement possible";
    default:
        return "stopped (status " + std::to_string(static_cast<int>(status)) + ")";
    }
}

// Standard errors from the Jacobian of the weighted residuals in parameter units:
// Cov = (J^T J)^-1, the targets' sd setting the scale.
std::vector<double> standard_errors(const TargetModel& model, const std::vector<double>& x,
                                    const std::vector<bool>& at_bound) {
    const auto n = static_cast<Eigen::Index>(x.size());
    MatrixXd jacobian(static_cast<Eigen::Index>(model.target_count()), n);
    for (Eigen::Index j = 0; j < n; ++j) {
        const FreeParameter& p = model.parameter(static_cast<std::size_t>(j));
        const double h = model.relative_step() * (p.max - p.min);
        std::vector<double> up = x;
        std::vector<double> down = x;
        up[static_cast<std::size_t>(j)] = std::min(p.max, x[static_cast<std::size_t>(j)] + h);
        down[static_cast<std::size_t>(j)] = std::max(p.min, x[static_cast<std::size_t>(j)] - h);
        jacobian.col(j) = (model.residuals(up) - model.residuals(down)) /
                          (up[static_cast<std::size_t>(j)] - down[static_cast<std::size_t>(j)]);
    }
    std::vector<double> errors(x.size(), std::numeric_limits<double>::quiet_NaN());
    const Eigen::FullPivLU<MatrixXd> information(jacobian.transpose() * jacobian);
    if (!information.isInvertible()) {
        return errors;
    }
    const MatrixXd covariance = information.inverse();
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double variance =
            covariance(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(i));
        if (!at_bound[i] && variance >= 0.0) {
            errors[i] = std::sqrt(variance);
        }
    }
    return errors;
}

CalibrationMethod choose_method(const ModelForValues& model_for, const std::vector<double>& start,
                                const CalibrationSettings& settings) {
    if (settings.method) {
        return *settings.method;
    }
    try {
        (void)analyse(model_for(start, ""));
        return CalibrationMethod::analytic;
    } catch (const AnalyticUnsupported&) {
        return CalibrationMethod::simulation;
    }
}

} // namespace

CalibrationResult calibrate(const std::vector<FreeParameter>& parameters,
                            const ModelForValues& model_for,
                            const std::vector<CalibrationTarget>& targets,
                            const CalibrationSettings& settings) {
    if (parameters.empty()) {
        throw CalibrationError("no free parameters: mark fields with calibrate: {min:, max:}");
    }
    if (targets.size() < parameters.size()) {
        throw CalibrationError(std::to_string(parameters.size()) + " free parameters but only " +
                               std::to_string(targets.size()) +
                               " targets: at least as many targets as parameters are needed");
    }
    for (const FreeParameter& p : parameters) {
        if (!(p.max > p.min)) {
            throw CalibrationError(p.field + ": calibrate bounds need min < max");
        }
    }
    std::vector<double> start;
    for (const FreeParameter& p : parameters) {
        start.push_back(p.start);
    }
    CalibrationResult result;
    result.method = choose_method(model_for, start, settings);
    const TargetModel model(parameters, model_for, targets, settings, result.method);

    UnboundedResiduals functor{&model};
    Eigen::LevenbergMarquardt<UnboundedResiduals> optimiser(functor);
    optimiser.parameters.maxfev = settings.max_evaluations;
    VectorXd z(static_cast<Eigen::Index>(parameters.size()));
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        z(static_cast<Eigen::Index>(i)) = to_unbounded(parameters[i], parameters[i].start);
    }
    result.status = status_text(optimiser.minimize(z));

    const std::vector<double> fitted = functor.values_at(z);
    std::vector<bool> at_bound;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const FreeParameter& p = parameters[i];
        at_bound.push_back(std::min(fitted[i] - p.min, p.max - fitted[i]) < 1e-3 * (p.max - p.min));
    }
    const std::vector<double> errors = standard_errors(model, fitted, at_bound);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        result.parameters.push_back(
            {parameters[i].field, parameters[i].start, fitted[i], errors[i], at_bound[i]});
    }

    const std::vector<double> values = model.values(fitted);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const CalibrationTarget& t = targets[i];
        const auto simulated =
            simulated_target_values(model_for(fitted, t.option), {t}, settings.seed,
                                    settings.replications, settings.executor);
        const auto ci = kernel::mean_confidence_interval(simulated[0]);
        FitRow row{t.name,  t.observed, t.effective_sd(), values[i], values[i] - t.observed,
                   ci.mean, ci.low,     ci.high};
        result.weighted_sum_of_squares += t.weight * std::pow(row.difference / row.sd, 2.0);
        result.fit.push_back(row);
    }
    result.evaluations = model.evaluations();
    return result;
}

} // namespace hcsim::analysis
