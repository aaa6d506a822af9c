#include "hcsim/scenario/limits.hpp"

#include <cmath>
#include <cstdio>
#include <utility>

namespace hcsim::scenario {

namespace {

struct Named {
    const char* name;
    double Limits::*field;
};

constexpr Named named_limits[] = {
    {"file_bytes", &Limits::file_bytes},    {"nesting_depth", &Limits::nesting_depth},
    {"yaml_values", &Limits::yaml_values},  {"horizon_years", &Limits::horizon_years},
    {"households", &Limits::households},    {"events", &Limits::events},
    {"replications", &Limits::replications}};

std::string plain(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

} // namespace

std::optional<std::string> set_limit(Limits& limits, const std::string& assignment) {
    const auto equals = assignment.find('=');
    std::string known;
    for (const Named& n : named_limits) {
        known += (known.empty() ? "" : ", ") + std::string(n.name);
    }
    if (equals == std::string::npos) {
        return "--limit expects NAME=VALUE with NAME one of " + known + ", found '" + assignment +
               "'";
    }
    const std::string name = assignment.substr(0, equals);
    const std::string text = assignment.substr(equals + 1);
    for (const Named& n : named_limits) {
        if (name != n.name) {
            continue;
        }
        double value = 0.0;
        std::size_t used = 0;
        try {
            value = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != text.size() || !std::isfinite(value) || value <= 0.0) {
            return "--limit " + name + ": expected a positive number, found '" + text + "'";
        }
        limits.*n.field = value;
        return std::nullopt;
    }
    return "--limit: unknown limit '" + name + "' (known: " + known + ")";
}

std::string limit_hint(const std::string& name, double value) {
    return "over the limit of " + plain(value) + " (" + name + "; raise it with --limit " + name +
           "=N)";
}

} // namespace hcsim::scenario
