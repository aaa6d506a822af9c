// An indicator's measure as plain values: its name and unit (no YAML here, so the browser's
// what-if module, which has no scenario reader, can name an indicator's unit too).
#include "hcsim/enum_names.hpp"
#include "hcsim/scenario/indicators.hpp"

namespace hcsim::scenario {

// In the order of the enumerators.
constexpr std::string_view indicator_measure_names[] = {"households_in", "moves", "mean_stay_days",
                                                        "share_served", "metric"};
static_assert(std::size(indicator_measure_names) ==
              static_cast<std::size_t>(IndicatorMeasure::metric) + 1);

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
