#pragma once
// Draws of the uncertain scenario parameters for a probabilistic sensitivity analysis.
// Draw d of a parameter comes from the Philox stream keyed by (seed, d, parameter_sampling,
// hash of the parameter's field path): a pure function of those, so the draws are the same
// whatever the thread count, and adding or removing another uncertain parameter does not
// change this one's draws.
#include "hcsim/scenario/parameters.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hcsim::analysis {

// Field path -> value, as load_scenario takes them.
using Overrides = scenario::ParameterOverrides;

// Stream purposes of the analysis layer, apart from the model's (1, 2, 3...).
enum AnalysisRandomPurpose : std::uint64_t {
    parameter_sampling = 101, // one uniform per (draw, parameter)
    draw_seed = 102,          // inner seed of a draw when draws do not share streams
};

struct UncertainInput {
    std::string field;                      // dotted path, as scenario errors name it
    double nominal = 0.0;                   // value used by run/compare
    std::function<double(double)> quantile; // inverse CDF on (0, 1)
    std::string label;                      // for people, e.g. "bolots: shelter -> to_training
                                            // (delay factor)"; the field when empty
    [[nodiscard]] const std::string& name() const noexcept { return label.empty() ? field : label; }
};

// Stable 64-bit key of a field path (FNV-1a).
[[nodiscard]] std::uint64_t field_key(std::string_view field) noexcept;

// Draws keep to the distribution's central 99.8% (0.1st to 99.9th percentile): the part the
// scenario loader checks against the field's allowed range, so no draw can leave it.
inline constexpr double sampled_low = 0.001;
inline constexpr double sampled_high = 0.999;

// Uniform on (sampled_low, sampled_high) for parameter `field` in draw `draw`.
[[nodiscard]] double parameter_uniform(std::uint64_t seed, std::size_t draw,
                                       std::string_view field) noexcept;

// Values of every input in draw `draw`, by the inverse-CDF of its distribution.
[[nodiscard]] std::vector<double> sample_inputs(const std::vector<UncertainInput>& inputs,
                                                std::uint64_t seed, std::size_t draw);

[[nodiscard]] Overrides as_overrides(const std::vector<UncertainInput>& inputs,
                                     const std::vector<double>& values);

} // namespace hcsim::analysis
