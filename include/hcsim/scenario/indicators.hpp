#pragma once
// A scenario's own measures of success (`indicators:`): what its application says it will be
// judged by, e.g. the September count of homeless people in acute and in long-term solutions,
// families moved out of hotels, the time spent in the district's flats. Each is a metric of
// summary.csv and differences.csv under its name, and the report shows them first, by title.
// Format: scenarios/README.md ("Indicators").
#include "hcsim/model/spec.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hcsim::scenario {

enum class IndicatorMeasure {
    households_in,  // households in `states` at the end of one month
    moves,          // moves from `from` to `to` over the horizon, of `group` or of all
    mean_stay_days, // household-days in `states` per household that was in them (censored at
                    // the horizon)
    share_served,   // of the households entering `states`, the share given a staff place there
    metric,         // another metric of summary.csv, under the application's words
};

struct Indicator {
    std::string name;  // the metric's name in summary.csv
    std::string title; // the application's words, shown in the report
    IndicatorMeasure measure = IndicatorMeasure::households_in;
    std::vector<model::StateIndex> states;  // households_in, mean_stay_days, share_served
    std::vector<model::StateIndex> from;    // moves: empty = any state
    std::vector<model::StateIndex> to;      // moves: empty = any state
    std::optional<model::GroupIndex> group; // moves: empty = every group
    std::size_t month = 0;                  // households_in: 0-based simulated month
    std::string metric;                     // metric: the metric shown
    std::string source;
};

[[nodiscard]] std::string to_string(IndicatorMeasure measure);
// "households", "days", "share"; for `metric`, empty (the metric's own unit applies).
[[nodiscard]] std::string unit_of(IndicatorMeasure measure);

} // namespace hcsim::scenario
