#pragma once
// validation.csv: observed figures against the model (see analysis/validation.hpp).
#include "hcsim/study/compare.hpp"

#include <string>
#include <vector>

namespace hcsim::report {

[[nodiscard]] std::string validation_csv(const std::vector<study::ValidationCheck>& checks);

} // namespace hcsim::report
