// An indicator's measure as plain values: its name and unit (no YAML here, so the browser's
// what-if module, which has no scenario reader, can name an indicator's unit too).
#include "hcsim/scenario/indicators.hpp"

namespace hcsim::scenario {

std::string to_string(IndicatorMeasure measure) {
    switch (measure) {
    case IndicatorMeasure::households_in:
        return "households_in";
    case IndicatorMeasure::moves:
        return "moves";
    case IndicatorMeasure::mean_stay_days:
        return "mean_stay_days";
    case IndicatorMeasure::share_served:
        return "share_served";
    case IndicatorMeasure::metric:
        return "metric";
    }
    return "unknown";
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
