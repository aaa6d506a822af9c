#pragma once
// Console summaries of `hcsim psa` and `hcsim sweep`, in plain words.
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "hcsim/study/decisions.hpp"

#include <string>
#include <vector>

namespace hcsim::cli {

// Per option: the top three drivers (PRCC) with their sources and the top three tornado
// bars (the headline figures are print_decision_headline's).
void print_psa_summary(const scenario::Scenario& s, const analysis::PsaResult& psa,
                       const std::vector<analysis::DriverRanking>& drivers,
                       const std::vector<analysis::TornadoBar>& bars, const std::string& baseline);

// Per option: the grid as a table, then the point with the highest net benefit.
void print_sweep_summary(const std::vector<analysis::SweepPoint>& points,
                         const std::vector<analysis::SweepAxis>& axes, const std::string& baseline,
                         double lambda);

// The console headline per option: cost to the funder, break-even share, probabilities and
// ranges over the assumptions (with their Monte Carlo error), the sceptical reading.
void print_decision_headline(const scenario::Scenario& s, const study::PsaStudy& result,
                             const std::string& baseline);

} // namespace hcsim::cli
