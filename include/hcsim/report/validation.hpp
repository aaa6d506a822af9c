#pragma once
// validation.csv: observed figures against the model (see analysis/validation.hpp).
#include "hcsim/analysis/validation.hpp"

#include <string>
#include <vector>

namespace hcsim::report {

[[nodiscard]] std::string validation_csv(const std::vector<analysis::ValidationRow>& rows);

} // namespace hcsim::report
