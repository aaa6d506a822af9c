#include "hcsim/analysis/parameter_sampling.hpp"

#include "hcsim/kernel/random.hpp"

namespace hcsim::analysis {

std::uint64_t field_key(std::string_view field) noexcept {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : field) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

double parameter_uniform(std::uint64_t seed, std::size_t draw, std::string_view field) noexcept {
    kernel::RandomStream stream({seed, draw, parameter_sampling, field_key(field), 0});
    // Truncated to the central part the scenario loader validated against the field's range.
    return sampled_low + (sampled_high - sampled_low) * stream.uniform01();
}

std::vector<double> sample_inputs(const std::vector<UncertainInput>& inputs, std::uint64_t seed,
                                  std::size_t draw) {
    std::vector<double> values;
    values.reserve(inputs.size());
    for (const auto& input : inputs) {
        values.push_back(input.quantile(parameter_uniform(seed, draw, input.field)));
    }
    return values;
}

Overrides as_overrides(const std::vector<UncertainInput>& inputs,
                       const std::vector<double>& values) {
    Overrides overrides;
    for (std::size_t i = 0; i < inputs.size() && i < values.size(); ++i) {
        overrides[inputs[i].field] = values[i];
    }
    return overrides;
}

} // namespace hcsim::analysis
