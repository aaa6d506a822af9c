#pragma once
// Which uncertain inputs drive an output, from the draws of a probabilistic sensitivity
// analysis: standardised regression coefficients (linear effect per standard deviation) and
// partial rank correlation coefficients (monotone effect, other inputs held fixed).
#include <vector>

namespace hcsim::analysis {

// inputs[draw][parameter], output[draw]. Needs more draws than parameters + 1; a parameter
// that does not vary gets coefficient 0. Throws std::invalid_argument on mismatched sizes.
struct SensitivityCoefficients {
    std::vector<double> src;  // standardised regression coefficient per parameter
    std::vector<double> prcc; // partial rank correlation coefficient per parameter
    double r_squared = 0.0;   // of the linear regression behind `src`
};

[[nodiscard]] SensitivityCoefficients
global_sensitivity(const std::vector<std::vector<double>>& inputs,
                   const std::vector<double>& output);

// Ranks 1..n with ties given their mean rank.
[[nodiscard]] std::vector<double> ranks(const std::vector<double>& values);

} // namespace hcsim::analysis
