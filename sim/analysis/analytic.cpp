// Solving the phase chain: month-by-month transient means by one matrix exponential of an
// augmented system, steady state and absorption by linear solves on the transient phases.
#include "hcsim/analysis/analytic.hpp"

#include "phase_chain.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <unsupported/Eigen/MatrixFunctions>

namespace hcsim::analysis {

namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;
using model::days_per_month;
using model::days_per_year;

// z = [m; I; a; b]: expected households by phase m, their integral I over the step, and the
// input intensities a (by arrival input, relative to its base rate) with slope b:
// dm = Q^T m + V a, dI = m, da = b, db = 0. One exponential per step length serves every month.
class TransientStepper {
public:
    explicit TransientStepper(const detail::PhaseChain& chain)
        : n_(static_cast<Index>(chain.phases.size())), k_(static_cast<Index>(chain.inputs.size())) {
        system_ = MatrixXd::Zero(2 * n_ + 2 * k_, 2 * n_ + 2 * k_);
        system_.topLeftCorner(n_, n_) = chain.generator.transpose();
        system_.block(n_, 0, n_, n_) = MatrixXd::Identity(n_, n_);
        for (Index i = 0; i < k_; ++i) {
            const detail::ArrivalInput& input = chain.inputs[static_cast<std::size_t>(i)];
            system_.block(0, 2 * n_ + i, n_, 1) = input.per_day * input.entry;
            system_(2 * n_ + i, 2 * n_ + k_ + i) = 1.0;
        }
    }

    // Advances `households` by `days`; returns the household-days by phase over the step.
    VectorXd step(VectorXd& households, const VectorXd& intensity, const VectorXd& slope,
                  double days) {
        auto cached = exponentials_.find(days);
        if (cached == exponentials_.end()) {
            cached = exponentials_.emplace(days, (system_ * days).exp()).first;
        }
        VectorXd z(2 * n_ + 2 * k_);
        z << households, VectorXd::Zero(n_), intensity, slope;
        const VectorXd next = cached->second * z;
        households = next.head(n_);
        return next.segment(n_, n_);
    }

private:
    Index n_;
    Index k_;
    MatrixXd system_;
    std::map<double, MatrixXd> exponentials_;
};

void solve_transient(const model::ModelSpec& spec, const detail::PhaseChain& chain,
                     AnalyticResults& out) {
    const std::size_t states = spec.states.size();
    const std::size_t months = spec.months();
    const auto k = static_cast<Index>(chain.inputs.size());
    TransientStepper stepper(chain);
    VectorXd households = chain.initial;
    out.state_days.assign(states, 0.0);
    out.evictions_by_year.assign(spec.years(), 0.0);
    for (std::size_t month = 0; month < months; ++month) {
        const double start = static_cast<double>(month) * days_per_month;
        const double days = std::min(days_per_month, spec.horizon_days - start);
        VectorXd intensity(k);
        VectorXd slope(k);
        std::vector<double> arrivals(states, 0.0);
        for (Index i = 0; i < k; ++i) {
            const detail::ArrivalInput& input = chain.inputs[static_cast<std::size_t>(i)];
            const double season = input.seasonality[month % 12];
            intensity(i) = season * (1.0 + input.trend_per_year * start / days_per_year);
            slope(i) = season * input.trend_per_year / days_per_year;
            arrivals[input.state] +=
                input.per_day * (intensity(i) * days + slope(i) * days * days / 2.0);
        }
        const VectorXd days_by_phase = stepper.step(households, intensity, slope, days);

        std::vector<double> count(states, 0.0);
        std::vector<std::vector<double>> moves(states, std::vector<double>(states, 0.0));
        double evictions = 0.0;
        for (std::size_t p = 0; p < chain.phases.size(); ++p) {
            const detail::Phase& phase = chain.phases[p];
            const auto index = static_cast<Index>(p);
            count[phase.state] += households(index);
            out.state_days[phase.state] += days_by_phase(index);
            if (!phase.absorbing()) {
                const double flow = phase.rate * days_by_phase(index);
                moves[phase.state][*phase.destination] += flow;
                evictions += phase.eviction ? flow : 0.0;
            }
        }
        out.monthly_households.push_back(std::move(count));
        out.monthly_moves.push_back(std::move(moves));
        out.monthly_arrivals.push_back(std::move(arrivals));
        out.monthly_evictions.push_back(evictions);
        // A month lies in one budget year (they start on a month boundary): its middle says which.
        out.evictions_by_year[spec.budget_year(start + days / 2.0)] += evictions;
    }
}

struct Partition {
    std::vector<Index> transient;
    std::vector<Index> absorbing;
};

Partition partition(const detail::PhaseChain& chain) {
    Partition parts;
    for (std::size_t p = 0; p < chain.phases.size(); ++p) {
        (chain.phases[p].absorbing() ? parts.absorbing : parts.transient)
            .push_back(static_cast<Index>(p));
    }
    return parts;
}

void solve_steady_state(const model::ModelSpec& spec, const detail::PhaseChain& chain,
                        const Partition& parts, const Eigen::FullPivLU<MatrixXd>& lu,
                        AnalyticResults& out) {
    const bool trend = std::any_of(chain.inputs.begin(), chain.inputs.end(),
                                   [](const auto& input) { return input.trend_per_year != 0.0; });
    if (trend) {
        out.notes.emplace_back("no steady state: arrivals follow a trend");
        return;
    }
    if (!lu.isInvertible()) {
        out.notes.emplace_back("no steady state: some households circulate forever");
        return;
    }
    const auto n = static_cast<Index>(chain.phases.size());
    VectorXd input = VectorXd::Zero(n);
    SteadyState steady;
    for (const detail::ArrivalInput& arrival : chain.inputs) {
        const double season =
            std::accumulate(arrival.seasonality.begin(), arrival.seasonality.end(), 0.0) / 12.0;
        steady.seasonal_average =
            steady.seasonal_average ||
            std::any_of(arrival.seasonality.begin(), arrival.seasonality.end(),
                        [](double s) { return s != 1.0; });
        input += arrival.per_day * season * arrival.entry;
    }
    // Balance on transient phases: (Q_TT)^T m_T + u_T = 0, with lu factorising -Q_TT.
    const auto t = static_cast<Index>(parts.transient.size());
    VectorXd inflow(t);
    for (Index i = 0; i < t; ++i) {
        inflow(i) = input(parts.transient[static_cast<std::size_t>(i)]);
    }
    MatrixXd minus_transposed = -chain.generator(parts.transient, parts.transient).transpose();
    const VectorXd level = minus_transposed.fullPivLu().solve(inflow);

    const std::size_t states = spec.states.size();
    steady.households.assign(states, 0.0);
    steady.accumulation_per_year.assign(states, 0.0);
    for (Index i = 0; i < t; ++i) {
        const detail::Phase& phase =
            chain.phases[static_cast<std::size_t>(parts.transient[static_cast<std::size_t>(i)])];
        steady.households[phase.state] += level(i);
        if (phase.eviction) {
            steady.evictions_per_year += phase.rate * level(i) * days_per_year;
        }
    }
    for (const Index a : parts.absorbing) {
        double rate = input(a);
        for (Index i = 0; i < t; ++i) {
            rate += level(i) * chain.generator(parts.transient[static_cast<std::size_t>(i)], a);
        }
        const detail::Phase& phase = chain.phases[static_cast<std::size_t>(a)];
        steady.accumulation_per_year[phase.state] += rate * days_per_year;
        if (rate > 1e-12) {
            steady.households[phase.state] = std::numeric_limits<double>::quiet_NaN();
        }
    }
    out.steady_state = std::move(steady);
}

void solve_fates(const model::ModelSpec& spec, const detail::PhaseChain& chain,
                 const Partition& parts, const Eigen::FullPivLU<MatrixXd>& lu,
                 AnalyticResults& out) {
    const bool solvable = lu.isInvertible();
    const auto t = static_cast<Index>(parts.transient.size());
    const VectorXd days = solvable ? VectorXd(lu.solve(VectorXd::Ones(t))) : VectorXd::Zero(t);
    const MatrixXd absorbed =
        solvable ? MatrixXd(lu.solve(chain.generator(parts.transient, parts.absorbing)))
                 : MatrixXd::Zero(t, Index(parts.absorbing.size()));
    for (const detail::EntryPoint& point : chain.entry_points) {
        EntryFate fate;
        fate.group = point.group;
        fate.state = point.state;
        fate.absorbed_in.assign(spec.states.size(), 0.0);
        const VectorXd start = point.entry(parts.transient);
        if (!solvable && start.sum() > 0.0) {
            fate.expected_days_to_absorption = std::numeric_limits<double>::infinity();
            std::fill(fate.absorbed_in.begin(), fate.absorbed_in.end(),
                      std::numeric_limits<double>::quiet_NaN());
        } else {
            fate.expected_days_to_absorption = start.dot(days);
            for (std::size_t j = 0; j < parts.absorbing.size(); ++j) {
                const auto a = parts.absorbing[j];
                fate.absorbed_in[chain.phases[static_cast<std::size_t>(a)].state] +=
                    point.entry(a) + start.dot(absorbed.col(static_cast<Index>(j)));
            }
        }
        out.fates.push_back(std::move(fate));
    }
}

} // namespace

AnalyticResults analyse(const model::ModelSpec& spec, const AnalyticOptions& options) {
    const detail::PhaseChain chain = detail::build_phase_chain(spec, options);
    AnalyticResults out;
    out.notes = chain.notes;
    solve_transient(spec, chain, out);
    const Partition parts = partition(chain);
    const MatrixXd minus_transient = -chain.generator(parts.transient, parts.transient);
    const Eigen::FullPivLU<MatrixXd> lu(minus_transient);
    solve_steady_state(spec, chain, parts, lu, out);
    solve_fates(spec, chain, parts, lu, out);
    return out;
}

} // namespace hcsim::analysis
