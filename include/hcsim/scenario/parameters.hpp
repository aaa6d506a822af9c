#pragma once
// The numeric inputs of a scenario as a registry: where each is written, its value, unit and
// source, and, for uncertainty and calibration analyses, its distribution or fitting bounds.
// Overrides set any of them by field path without editing the file.
#include "hcsim/scenario/field_path.hpp"
#include <map>
#include <optional>
#include <string>

namespace hcsim::scenario {

// A distribution for one uncertain parameter, sampled by inversion.
struct Uncertainty {
    enum class Kind { lognormal, beta, uniform, triangular, normal, gamma };
    Kind kind = Kind::uniform;
    // lognormal: a = mu, b = sigma of the log; beta: a = alpha, b = beta; uniform: a = min,
    // b = max; triangular: a = min, b = mode, c = max; normal: a = mean, b = sd;
    // gamma: a = shape, b = scale.
    double a = 0.0;
    double b = 1.0;
    double c = 0.0;

    // Inverse CDF; p in (0, 1).
    [[nodiscard]] double quantile(double p) const;
    [[nodiscard]] double median() const { return quantile(0.5); }
    // e.g. "lognormal(median 0.6, p95 0.85)", for tables.
    [[nodiscard]] std::string describe() const;
};

struct Bounds {
    double min = 0.0;
    double max = 0.0;
};

// One numeric field of the scenario, as read.
struct ParameterSite {
    std::string field; // dotted path as in error messages, e.g. options.x.staff.bolots.fte
    std::string file;
    int line = 0; // 1-based
    int column = 0;
    double value = 0.0; // the nominal value in use (after overrides)
    bool overridden = false;
    double allowed_min = 0.0;
    double allowed_max = 0.0;
    std::string unit; // e.g. "SEK/day", "FTE"; empty when the field has no fixed unit
    // `source:` of the number's map form, else the comment on its line, else entry_source;
    // empty: an assumption.
    std::string source;
    std::optional<Uncertainty> uncertainty;
    std::optional<Bounds> calibrate;
    std::string entry_source; // `source:` of the map the number is written in; empty if none
    FieldPath where = {};     // `field` in its parts (option, section, name, index, rest)
};

using ParameterOverrides = std::map<std::string, double>; // field path -> value

} // namespace hcsim::scenario
