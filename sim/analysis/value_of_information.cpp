#include "hcsim/analysis/value_of_information.hpp"

#include "draw_count.hpp"

#include "hcsim/analysis/evppi.hpp"
#include "hcsim/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace hcsim::analysis {

namespace {

using detail::draw_count;

} // namespace

double probability_net_benefit_positive(const std::vector<DrawOutcome>& draws, double lambda) {
    if (draws.empty()) {
        return 0.0;
    }
    const auto positive = std::count_if(draws.begin(), draws.end(), [&](const DrawOutcome& d) {
        return net_benefit(d, lambda) > 0.0;
    });
    return static_cast<double>(positive) / static_cast<double>(draws.size());
}

std::vector<double> probability_best(const std::vector<std::vector<DrawOutcome>>& outcomes,
                                     double lambda) {
    const std::size_t n = draw_count(outcomes);
    std::vector<double> wins(outcomes.size() + 1, 0.0);
    for (std::size_t d = 0; d < n; ++d) {
        std::size_t best = outcomes.size(); // the baseline, NB 0, wins ties
        double best_value = 0.0;
        for (std::size_t o = 0; o < outcomes.size(); ++o) {
            const double value = net_benefit(outcomes[o][d], lambda);
            if (value > best_value) {
                best_value = value;
                best = o;
            }
        }
        wins[best] += 1.0;
    }
    for (double& w : wins) {
        w = n > 0 ? w / static_cast<double>(n) : 0.0;
    }
    return wins;
}

double expected_value_of_perfect_information(const std::vector<std::vector<DrawOutcome>>& outcomes,
                                             double lambda) {
    (void)draw_count(outcomes); // every option the same number of draws
    std::vector<std::vector<double>> values;
    values.reserve(outcomes.size());
    for (const auto& option : outcomes) {
        std::vector<double> nb;
        nb.reserve(option.size());
        for (const auto& d : option) {
            nb.push_back(net_benefit(d, lambda));
        }
        values.push_back(std::move(nb));
    }
    return evpi_from_net_benefit(values);
}

std::vector<double> lambda_grid(double max_tkr, double step_tkr) {
    if (!(step_tkr > 0.0) || max_tkr < 0.0) {
        throw std::invalid_argument("lambda grid needs a positive step and a non-negative end");
    }
    if (max_tkr / step_tkr > max_lambda_points) {
        char text[200];
        std::snprintf(text, sizeof text,
                      "--max-value %g with --value-step %g would give the curve %.3g points, "
                      "more than %.0f: take a larger --value-step",
                      max_tkr, step_tkr, max_tkr / step_tkr + 1, max_lambda_points);
        throw BadInput(std::string("psa: ") + text);
    }
    std::vector<double> grid;
    const auto points = static_cast<std::size_t>(std::floor(max_tkr / step_tkr + 1e-9));
    for (std::size_t i = 0; i <= points; ++i) {
        grid.push_back(static_cast<double>(i) * step_tkr);
    }
    return grid;
}

} // namespace hcsim::analysis
