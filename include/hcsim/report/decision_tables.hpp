#pragma once
// CSV tables of the decision analysis (`hcsim psa`, `hcsim sweep`); columns are described
// in docs/decisions.md.
#include "hcsim/analysis/cost_effectiveness.hpp"
#include "hcsim/analysis/effect_realisation.hpp"
#include "hcsim/analysis/evppi.hpp"
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/psa_summary.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/decisions.hpp"

#include <string>
#include <utility>
#include <vector>

namespace hcsim::report {

// One row per option and perspective, each headline figure with its Monte Carlo standard
// error (psa_summary.hpp).
[[nodiscard]] std::string psa_summary_csv(const std::vector<analysis::PsaOptionSummary>& rows,
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
// EVPPI per parameter group (evppi.hpp) and EVPI, at each value per eviction prevented and
// for the city and society perspectives; tkr for the district's population over the
// horizon of `horizon_years`.
[[nodiscard]] std::string evppi_csv(const analysis::PsaResult& psa,
                                    const std::vector<double>& lambdas, std::size_t horizon_years);
// Per option and budget year: the share of draws whose mean cumulative cost difference
// (society) is at or below zero.
[[nodiscard]] std::string
psa_break_even_years_csv(const std::vector<analysis::PsaOptionSummary>& rows);

// compare's cost-effectiveness tables (cost_effectiveness.hpp).
[[nodiscard]] std::string incremental_csv(const std::vector<analysis::CostEffectivenessRow>& rows,
                                          double value_per_eviction_tkr);
[[nodiscard]] std::string funder_csv(const std::vector<analysis::FunderFigure>& rows);
[[nodiscard]] std::string cost_breakdown_csv(const std::vector<analysis::CostBreakdownRow>& rows);
[[nodiscard]] std::string break_even_years_csv(const std::vector<analysis::BreakEvenShare>& rows);
// effects.csv: each staff effect's exits, usual and with staff, and the realised ratio.
[[nodiscard]] std::string effects_csv(const std::vector<analysis::RealisedEffect>& rows);

[[nodiscard]] std::string sweep_csv(const std::vector<analysis::SweepPoint>& points,
                                    const std::vector<analysis::SweepAxis>& axes, double lambda);

// The files of a psa folder and of a sweep folder, (name, contents) in the order they are
// listed to the user. A new table: its writer above and one line in the list.
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
psa_files(const study::PsaStudy& study);
// psa_status.csv: whether the assumptions' uncertainty was computed ("ran", "not_requested",
// "nothing_uncertain") and with how many draws and replications.
[[nodiscard]] std::string psa_status_csv(const std::string& status, std::size_t draws,
                                         std::size_t replications, std::size_t one_way_replications,
                                         std::size_t uncertain_parameters,
                                         std::size_t horizon_years);
[[nodiscard]] std::vector<std::pair<std::string, std::string>>
sweep_files(const study::SweepStudy& study, double lambda);

} // namespace hcsim::report
