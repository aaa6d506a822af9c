#include "hcsim/analysis/global_sensitivity.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace hcsim::analysis {

namespace {

// Centres and scales each column to unit standard deviation; marks constant columns.
Eigen::MatrixXd standardised(Eigen::MatrixXd m, std::vector<bool>& constant) {
    constant.assign(static_cast<std::size_t>(m.cols()), false);
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
        const double mean = m.col(c).mean();
        m.col(c).array() -= mean;
        const double sd = std::sqrt(m.col(c).squaredNorm() / static_cast<double>(m.rows() - 1));
        if (sd > 0.0) {
            m.col(c) /= sd;
        } else {
            constant[static_cast<std::size_t>(c)] = true;
        }
    }
    return m;
}

// Columns of `m` that are not constant.
Eigen::MatrixXd varying(const Eigen::MatrixXd& m, const std::vector<bool>& constant,
                        std::vector<Eigen::Index>& kept) {
    kept.clear();
    for (Eigen::Index c = 0; c < m.cols(); ++c) {
        if (!constant[static_cast<std::size_t>(c)]) {
            kept.push_back(c);
        }
    }
    Eigen::MatrixXd out(m.rows(), static_cast<Eigen::Index>(kept.size()));
    for (std::size_t k = 0; k < kept.size(); ++k) {
        out.col(static_cast<Eigen::Index>(k)) = m.col(kept[k]);
    }
    return out;
}

Eigen::VectorXd least_squares(const Eigen::MatrixXd& x, const Eigen::VectorXd& y) {
    return x.colPivHouseholderQr().solve(y);
}

double correlation(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
    const double denominator = std::sqrt(a.squaredNorm() * b.squaredNorm());
    return denominator > 0.0 ? a.dot(b) / denominator : 0.0;
}

} // namespace

std::vector<double> ranks(const std::vector<double>& values) {
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> rank(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) {
            ++j;
        }
        const double mean_rank = (static_cast<double>(i + j) / 2.0) + 1.0;
        for (std::size_t k = i; k <= j; ++k) {
            rank[order[k]] = mean_rank;
        }
        i = j + 1;
    }
    return rank;
}

SensitivityCoefficients global_sensitivity(const std::vector<std::vector<double>>& inputs,
                                           const std::vector<double>& output) {
    const std::size_t n = output.size();
    const std::size_t p = inputs.empty() ? 0 : inputs.front().size();
    if (inputs.size() != n) {
        throw std::invalid_argument("global sensitivity: one input row per output value");
    }
    if (n < p + 2) {
        throw std::invalid_argument("global sensitivity: needs more draws than parameters + 1");
    }
    Eigen::MatrixXd x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(p));
    Eigen::MatrixXd x_rank(x.rows(), x.cols());
    Eigen::VectorXd y(static_cast<Eigen::Index>(n));
    for (std::size_t d = 0; d < n; ++d) {
        if (inputs[d].size() != p) {
            throw std::invalid_argument("global sensitivity: ragged input rows");
        }
        for (std::size_t j = 0; j < p; ++j) {
            x(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(j)) = inputs[d][j];
        }
        y(static_cast<Eigen::Index>(d)) = output[d];
    }
    for (std::size_t j = 0; j < p; ++j) {
        std::vector<double> values(n);
        for (std::size_t d = 0; d < n; ++d) {
            values[d] = inputs[d][j];
        }
        const auto r = ranks(values);
        for (std::size_t d = 0; d < n; ++d) {
            x_rank(static_cast<Eigen::Index>(d), static_cast<Eigen::Index>(j)) = r[d];
        }
    }
    SensitivityCoefficients out;
    out.src.assign(p, 0.0);
    out.prcc.assign(p, 0.0);

    std::vector<bool> constant;
    std::vector<bool> output_constant;
    const Eigen::MatrixXd xs = standardised(x, constant);
    const Eigen::VectorXd ys = standardised(y, output_constant).col(0);
    if (output_constant[0]) {
        return out; // nothing to explain
    }
    std::vector<Eigen::Index> kept;
    const Eigen::MatrixXd xv = varying(xs, constant, kept);
    const Eigen::VectorXd beta = least_squares(xv, ys);
    for (std::size_t k = 0; k < kept.size(); ++k) {
        out.src[static_cast<std::size_t>(kept[k])] = beta(static_cast<Eigen::Index>(k));
    }
    const Eigen::VectorXd residual = ys - xv * beta;
    out.r_squared = 1.0 - residual.squaredNorm() / ys.squaredNorm();

    // PRCC: correlate what is left of rank(x_j) and rank(y) after regressing both on the
    // ranks of the other inputs (centred ranks, so no intercept column is needed).
    std::vector<bool> rank_constant;
    std::vector<bool> y_rank_constant;
    const Eigen::MatrixXd rs = standardised(x_rank, rank_constant);
    const std::vector<double> output_ranks = ranks(output);
    const Eigen::VectorXd ry =
        standardised(Eigen::Map<const Eigen::VectorXd>(output_ranks.data(), y.rows()),
                     y_rank_constant)
            .col(0);
    std::vector<Eigen::Index> rank_kept;
    const Eigen::MatrixXd rv = varying(rs, rank_constant, rank_kept);
    for (std::size_t k = 0; k < rank_kept.size(); ++k) {
        const auto column = static_cast<Eigen::Index>(k);
        Eigen::MatrixXd others(rv.rows(), rv.cols() - 1);
        for (Eigen::Index c = 0, o = 0; c < rv.cols(); ++c) {
            if (c != column) {
                others.col(o++) = rv.col(c);
            }
        }
        Eigen::VectorXd rest_x = rv.col(column);
        Eigen::VectorXd rest_y = ry;
        if (others.cols() > 0) {
            rest_x -= others * least_squares(others, rest_x);
            rest_y -= others * least_squares(others, rest_y);
        }
        out.prcc[static_cast<std::size_t>(rank_kept[k])] = correlation(rest_x, rest_y);
    }
    return out;
}

} // namespace hcsim::analysis
