#pragma once
// Expected value of partial perfect information by regression on the PSA draws (Strong,
// Oakley & Brennan 2014, Med Decis Making 34:311): the net benefit of each option is regressed
// on the parameters of one group; the fitted values estimate E[NB | group], and
//     EVPPI = mean over draws of max_j fitted_j - max_j mean_j NB_j
// (the baseline is an option with NB 0). Here the regression is least squares on a
// polynomial of the standardised parameters (each to the third power, plus pairwise products
// while the draws allow), which is exact when NB is such a polynomial.
#include <cstddef>
#include <string>
#include <vector>

namespace hcsim::analysis {

// net_benefit[option][draw] against the baseline (the baseline itself is not listed).
[[nodiscard]] double evpi_from_net_benefit(const std::vector<std::vector<double>>& net_benefit);

// inputs[draw][k]: the values of the group's parameters in each draw.
[[nodiscard]] double evppi_regression(const std::vector<std::vector<double>>& net_benefit,
                                      const std::vector<std::vector<double>>& inputs);

// Uncertain parameters grouped as a decision maker would learn them: the effects of one staff
// role (in every option), the other fields of that role (caseload, contact), the unit costs,
// and everything else one by one.
struct ParameterGroup {
    std::string name; // "effects: bosamordnare", "role: bosamordnare", "costs", or the field
    std::vector<std::size_t> inputs;
};
[[nodiscard]] std::vector<ParameterGroup> parameter_groups(const std::vector<std::string>& fields);

} // namespace hcsim::analysis
