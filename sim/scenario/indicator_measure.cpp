// An indicator's measure as plain values: its name and unit (no YAML here, so the browser's
// what-if module, which has no scenario reader, can name an indicator's unit too).
#include "hcsim/enum_names.hpp"
#include "hcsim/scenario/indicators.hpp"

namespace hcsim::scenario {

constexpr EnumName<IndicatorMeasure> indicator_measure_names[] = {
    {IndicatorMeasure::households_in, "households_in"},
    {IndicatorMeasure::moves, "moves"},
    {IndicatorMeasure::mean_stay_days, "mean_stay_days"},
    {IndicatorMeasure::share_served, "share_served"},
    {IndicatorMeasure::metric, "metric"}};

std::string to_string(IndicatorMeasure measure) {
    return std::string(name_of(indicator_measure_names, measure));
}

std::string unit_of(IndicatorMeasure measure) {
    switch (measure) {
    case IndicatorMeasure::households_in:
    case IndicatorMeasure::moves:
        return "households";
    case IndicatorMeasure::mean_stay_days:
        return "days";
    case IndicatorMeasure::share_served:
        return "share";
    case IndicatorMeasure::metric:
        return "";
    }
    return "";
}

} // namespace hcsim::scenario
