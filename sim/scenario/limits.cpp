#include "hcsim/scenario/limits.hpp"

#include <cmath>
#include <cstdio>
#include <utility>

namespace hcsim::scenario {

namespace {

struct Named {
    const char* name;
    double Limits::*field;
    // The most --limit may set: beyond it the guarded resource (memory, time) is exhausted on
    // any machine hcsim runs on, so the limit would no longer guard anything.
    double ceiling;
};

constexpr Named named_limits[] = {
    {"file_bytes", &Limits::file_bytes, max_limits.file_bytes},
    {"nesting_depth", &Limits::nesting_depth, max_limits.nesting_depth},
    {"yaml_values", &Limits::yaml_values, max_limits.yaml_values},
    {"horizon_years", &Limits::horizon_years, max_limits.horizon_years},
    {"households", &Limits::households, max_limits.households},
    {"events", &Limits::events, max_limits.events},
    {"replications", &Limits::replications, max_limits.replications},
    {"result_bytes", &Limits::result_bytes, max_limits.result_bytes}};

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
        // A fraction would round to 0 where a count is compared, which turns the limit off.
        if (used == 0 || used != text.size() || !std::isfinite(value) || value < 1.0 ||
            std::floor(value) != value) {
            return "--limit " + name + ": expected a whole number of at least 1, found '" + text +
                   "'";
        }
        if (value > n.ceiling) {
            return "--limit " + name + ": " + text + " is above the most hcsim allows, " +
                   plain(n.ceiling) + " (docs/reliability.md, Limits)";
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
