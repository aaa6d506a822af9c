#include "analytic.hpp"

#include "scenario_options.hpp"

#include "hcsim/analysis/analytic.hpp"
#include "hcsim/error.hpp"

#include <cmath>
#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

std::string number(double value) {
    if (std::isnan(value)) {
        return "-";
    }
    if (std::isinf(value)) {
        return "inf";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, std::abs(value) < 10.0 ? "%.3f" : "%.1f", value);
    return buffer;
}

void print_households(const model::ModelSpec& spec, const analysis::AnalyticResults& r) {
    std::printf("Expected households at the end of each year (month-end means)\n%-22s", "state");
    const std::size_t years = spec.years();
    for (std::size_t y = 1; y <= years; ++y) {
        std::printf("  %10s", ("year " + std::to_string(y)).c_str());
    }
    std::printf("  %12s  %14s\n", "steady state", "held, per year");
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        std::printf("%-22s", spec.states[s].name.c_str());
        for (std::size_t y = 1; y <= years; ++y) {
            const std::size_t month = std::min(12 * y, r.monthly_households.size()) - 1;
            std::printf("  %10s", number(r.monthly_households[month][s]).c_str());
        }
        const auto& steady = r.steady_state;
        std::printf("  %12s  %14s\n", steady ? number(steady->households[s]).c_str() : "-",
                    steady ? number(steady->accumulation_per_year[s]).c_str() : "-");
    }
    std::printf("\n%-22s", "evictions per year");
    for (const double e : r.evictions_by_year) {
        std::printf("  %10s", number(e).c_str());
    }
    std::printf("  %12s\n\n",
                r.steady_state ? number(r.steady_state->evictions_per_year).c_str() : "-");
}

void print_fates(const model::ModelSpec& spec, const analysis::AnalyticResults& r) {
    std::vector<model::StateIndex> ends;
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        for (const auto& fate : r.fates) {
            if (!(fate.absorbed_in[s] <= 1e-12)) {
                ends.push_back(s);
                break;
            }
        }
    }
    std::printf("Households entering from outside: expected days until held for good, and "
                "where\n%-22s  %-18s  %10s",
                "group", "enters", "days");
    for (const auto s : ends) {
        std::printf("  %14s", ("P(" + spec.states[s].name + ")").c_str());
    }
    std::printf("\n");
    for (const auto& fate : r.fates) {
        std::printf("%-22s  %-18s  %10s", spec.groups[fate.group].name.c_str(),
                    spec.states[fate.state].name.c_str(),
                    number(fate.expected_days_to_absorption).c_str());
        for (const auto s : ends) {
            std::printf("  %14s", number(fate.absorbed_in[s]).c_str());
        }
        std::printf("\n");
    }
}

struct AnalyticOptions {
    ScenarioOptions scenario;
    std::string option;
    bool approximate = false;
};

void analytic(const AnalyticOptions& o) {
    const auto s = o.scenario.load();
    const std::string option = o.option.empty() ? s.baseline : o.option;
    if (!s.has_option(option)) {
        throw BadInput("--option: the scenario has no option '" + option + "'", s.path);
    }
    const model::ModelSpec& spec = s.option(option).spec;
    analysis::AnalyticResults results;
    try {
        results = analysis::analyse(spec, {o.approximate});
    } catch (const analysis::AnalyticUnsupported& e) {
        throw BadInput("option " + option + ": " + e.what(), s.path);
    }
    std::printf("Analytic Markov model of %s, option %s (horizon %.0f days)\n\n", s.name.c_str(),
                option.c_str(), spec.horizon_days);
    for (const std::string& note : results.notes) {
        std::printf("note: %s\n", note.c_str());
    }
    if (!results.notes.empty()) {
        std::printf("\n");
    }
    print_households(spec, results);
    print_fates(spec, results);
}

} // namespace

void setup_analytic(CLI::App& app, Context& /*context*/) {
    const auto [options, command] = add_scenario_command<AnalyticOptions>(
        app, "analytic",
        "Solve the scenario as a Markov chain (no simulation): expected households, "
        "evictions, absorption",
        Seeded::no);
    command->add_option("--option", options->option, "option (default: the baseline)");
    command->add_flag("--approximate", options->approximate,
                      "treat every delay as exponential with its mean and ignore capacities and "
                      "staff, instead of refusing");
    command->callback([options] { analytic(*options); });
}

} // namespace hcsim::cli
