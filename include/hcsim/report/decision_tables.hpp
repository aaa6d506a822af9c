#pragma once
// CSV tables of the decision analysis (`hcsim psa`, `hcsim sweep`); columns are described
// in docs/decisions.md.
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/study/decisions.hpp"

#include <string>
#include <utility>
#include <vector>

namespace hcsim::report {

[[nodiscard]] std::string psa_summary_csv(const analysis::PsaResult& psa,
                                          const std::string& baseline);
[[nodiscard]] std::string psa_draws_csv(const analysis::PsaResult& psa);
[[nodiscard]] std::string acceptability_csv(const analysis::PsaResult& psa,
                                            const std::vector<double>& lambdas);
[[nodiscard]] std::string evpi_csv(const analysis::PsaResult& psa,
                                   const std::vector<double>& lambdas);
[[nodiscard]] std::string tornado_csv(const std::vector<analysis::TornadoBar>& bars,
                                      const analysis::PsaResult& psa);
[[nodiscard]] std::string
global_sensitivity_csv(const std::vector<analysis::DriverRanking>& rankings,
                       const analysis::PsaResult& psa);
[[nodiscard]] std::string break_even_csv(const std::vector<analysis::BreakEven>& results);
[[nodiscard]] std::string sweep_csv(const std::vector<analysis::SweepPoint>& points,
                                    const std::vector<analysis::SweepAxis>& axes, double lambda);

// The files of a psa folder and of a sweep folder, (name, contents) in the order they are
// listed to the user. A new table: its writer above and one line in the list.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
psa_files(const study::PsaStudy& study);
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
sweep_files(const study::SweepStudy& study, double lambda);

} // namespace hcsim::report
