#pragma once
// The decision use cases (`hcsim psa`, `hcsim sweep`; docs/decisions.md): what they take from
// a scenario (its uncertain inputs, staff effects and FTE fields) and everything they compute,
// as values the CLI prints and the report layer writes.
#include "hcsim/analysis/one_way_sensitivity.hpp"
#include "hcsim/analysis/psa.hpp"
#include "hcsim/analysis/psa_summary.hpp"
#include "hcsim/analysis/staffing_sweep.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hcsim::study {

// Rebuilds `loaded` from the bytes it kept (Scenario::texts: the disk is not read again) with
// `fixed` (the user's --set) and then an analysis's own overrides on top, within `limits`.
[[nodiscard]] analysis::ScenarioFactory scenario_factory(const scenario::Scenario& loaded,
                                                         scenario::ParameterOverrides fixed,
                                                         scenario::Limits limits);

// A field as the decision tables name it: a staff effect by the state and exit it acts on
// ("bosamordnare: at_risk -> evicted (relative risk)"), other fields by their path without
// the "options.<option>." prefix.
[[nodiscard]] std::string readable_label(const scenario::Scenario& s, const std::string& field);
// Every number with a distribution, in the scenario's order.
[[nodiscard]] std::vector<analysis::UncertainInput> uncertain_inputs(const scenario::Scenario& s);
// Every staff effect (relative risk or delay factor) of every option.
[[nodiscard]] std::vector<analysis::EffectField> effect_fields(const scenario::Scenario& s);
// Whether a field is a staff effect: options.<o>.staff.<role>.effects[i].relative_risk or
// .delay_factor.
[[nodiscard]] bool is_staff_effect(const std::string& field);

struct PsaRequest {
    std::size_t draws = 200;
    std::size_t tornado_replications = 50; // per tornado and break-even run
    std::string baseline;                  // empty: the scenario's
    bool independent_draws = false;        // each draw its own household streams
    bool break_even = true;                // search the break-even effect multiplier
    double max_value_tkr = 1000.0;         // acceptability curve: largest value, tkr
    double value_step_tkr = 10.0;
    bool tornado_and_drivers = true;     // compare's quick PSA leaves them out
    double value_per_eviction_tkr = 0.0; // evppi.csv at 0 and at this value (when > 0)
};

struct PsaStudy {
    std::string baseline;
    analysis::PsaResult psa;
    std::vector<analysis::TornadoBar> tornado;
    std::vector<analysis::BreakEven> break_even;
    std::vector<analysis::DriverRanking> drivers;
    std::vector<double> lambdas; // values of one prevented eviction on the curves, tkr
    // Each headline figure by perspective with its Monte Carlo error (psa_summary.hpp).
    std::vector<analysis::PsaOptionSummary> summary;
    std::vector<double> evppi_values; // tkr per eviction prevented
    std::size_t horizon_years = 0;
    std::size_t replications = 0;         // per draw
    std::size_t tornado_replications = 0; // per tornado and break-even run
    bool tornado_and_drivers = true;
};

// Draws, tornado, break-even and drivers. Throws BadInput when no parameter has a
// distribution (every draw would be the nominal scenario). `inner`: replications, seed, threads and
// executor of each draw (a distributed executor gives every process every result). Throws BadInput
// for an unknown baseline.
[[nodiscard]] PsaStudy psa(const scenario::Scenario& nominal,
                           const analysis::ScenarioFactory& factory, const PsaRequest& request,
                           const analysis::RunSettings& inner,
                           std::function<void(std::size_t, std::size_t)> progress = {});

struct SweepRequest {
    std::vector<std::string> roles;   // one or two staff roles
    std::vector<std::string> grids;   // each role's FTE grid, start:stop:step
    std::vector<std::string> options; // whose roles to vary; empty: every option but the baseline
    std::string baseline;             // empty: the scenario's
};

// The axes of a sweep: each role's grid and the fields staff.<role>.fte of the chosen
// options. Throws BadInput naming what is wrong (roles and grids unpaired, an unknown option,
// a bad grid, a role no chosen option has).
[[nodiscard]] std::vector<analysis::SweepAxis> sweep_axes(const scenario::Scenario& s,
                                                          const SweepRequest& request);

struct SweepStudy {
    std::string baseline;
    std::vector<analysis::SweepAxis> axes;
    std::vector<analysis::SweepPoint> points;
};

[[nodiscard]] SweepStudy sweep(const scenario::Scenario& nominal,
                               const analysis::ScenarioFactory& factory,
                               const SweepRequest& request, const analysis::RunSettings& settings);

} // namespace hcsim::study
