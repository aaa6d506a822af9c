#include "hcsim/analysis/evppi.hpp"

#include "draw_count.hpp"

#include "hcsim/scenario/field_path.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hcsim::analysis {

namespace {

using detail::draw_count;

// max_j mean_j NB_j, the baseline (0) included.
double best_mean(const std::vector<std::vector<double>>& net_benefit, std::size_t n) {
    double best = 0.0;
    for (const auto& option : net_benefit) {
        double sum = 0.0;
        for (const double v : option) {
            sum += v;
        }
        best = std::max(best, sum / static_cast<double>(n));
    }
    return best;
}

// The design matrix: intercept, z, z², z³ of each standardised input, then pairwise
// products, as many as keep at least 5 draws per column.
Eigen::MatrixXd design(const std::vector<std::vector<double>>& inputs, std::size_t n) {
    const std::size_t k = inputs.empty() ? 0 : inputs.front().size();
    std::vector<Eigen::VectorXd> z;
    for (std::size_t c = 0; c < k; ++c) {
        Eigen::VectorXd col(static_cast<Eigen::Index>(n));
        for (std::size_t d = 0; d < n; ++d) {
            col[static_cast<Eigen::Index>(d)] = inputs[d][c];
        }
        const double mean = col.mean();
        col.array() -= mean;
        const double sd =
            std::sqrt(col.squaredNorm() / static_cast<double>(std::max<std::size_t>(n, 2) - 1));
        if (sd > 0.0) {
            z.push_back(col / sd);
        }
    }
    std::vector<Eigen::VectorXd> columns{Eigen::VectorXd::Ones(static_cast<Eigen::Index>(n))};
    const std::size_t limit = std::max<std::size_t>(n / 5, 1);
    for (int power = 1; power <= 3; ++power) {
        for (const auto& col : z) {
            if (columns.size() < limit) {
                columns.push_back(col.array().pow(power).matrix());
            }
        }
    }
    for (std::size_t a = 0; a < z.size(); ++a) {
        for (std::size_t b = a + 1; b < z.size(); ++b) {
            if (columns.size() < limit) {
                columns.push_back(z[a].cwiseProduct(z[b]));
            }
        }
    }
    Eigen::MatrixXd x(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(columns.size()));
    for (std::size_t c = 0; c < columns.size(); ++c) {
        x.col(static_cast<Eigen::Index>(c)) = columns[c];
    }
    return x;
}

} // namespace

double evpi_from_net_benefit(const std::vector<std::vector<double>>& net_benefit) {
    const std::size_t n = draw_count(net_benefit);
    if (n == 0) {
        return 0.0;
    }
    double mean_of_max = 0.0;
    for (std::size_t d = 0; d < n; ++d) {
        double best = 0.0;
        for (const auto& option : net_benefit) {
            best = std::max(best, option[d]);
        }
        mean_of_max += best;
    }
    return mean_of_max / static_cast<double>(n) - best_mean(net_benefit, n);
}

double evppi_regression(const std::vector<std::vector<double>>& net_benefit,
                        const std::vector<std::vector<double>>& inputs) {
    const std::size_t n = draw_count(net_benefit);
    if (n < 2 || inputs.size() != n) {
        return 0.0;
    }
    const Eigen::MatrixXd x = design(inputs, n);
    const auto qr = x.colPivHouseholderQr();
    std::vector<Eigen::VectorXd> fitted;
    for (const auto& option : net_benefit) {
        const Eigen::VectorXd y =
            Eigen::Map<const Eigen::VectorXd>(option.data(), static_cast<Eigen::Index>(n));
        fitted.push_back(x * qr.solve(y));
    }
    double mean_of_max = 0.0;
    for (std::size_t d = 0; d < n; ++d) {
        double best = 0.0;
        for (const auto& f : fitted) {
            best = std::max(best, f[static_cast<Eigen::Index>(d)]);
        }
        mean_of_max += best;
    }
    // Least squares with an intercept keeps each option's mean, so the second term is the
    // same as in the EVPI; a value below zero is regression noise around "worth nothing".
    return std::max(0.0, mean_of_max / static_cast<double>(n) - best_mean(net_benefit, n));
}

std::vector<ParameterGroup> parameter_groups(const std::vector<std::string>& fields) {
    std::vector<ParameterGroup> groups;
    const auto add = [&](const std::string& name, std::size_t input) {
        const auto found = std::find_if(groups.begin(), groups.end(),
                                        [&](const ParameterGroup& g) { return g.name == name; });
        if (found == groups.end()) {
            groups.push_back({name, {input}});
        } else {
            found->inputs.push_back(input);
        }
    };
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const scenario::FieldPath where = scenario::field_path(fields[i]);
        if (!where.option.empty() && where.section == "staff") {
            if (where.effect_index()) {
                add("effects: " + where.name, i);
            } else if (where.is_cost()) {
                add("costs", i);
            } else {
                add("role: " + where.name, i);
            }
        } else if (where.is_cost()) {
            add("costs", i);
        } else {
            add(fields[i], i);
        }
    }
    return groups;
}

} // namespace hcsim::analysis
