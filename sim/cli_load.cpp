// Loading a scenario for a command: --set overrides, --limit, and every error printed.
#include "commands.hpp"

#include <cmath>
#include <iostream>

namespace hcsim::cli {

void print_scenario_errors(const scenario::ScenarioError& e, const std::string& file) {
    for (const auto& d : e.diagnostics()) {
        std::cerr << d.format() << "\n";
    }
    std::cerr << "hcsim: " << e.diagnostics().size() << " error(s) in " << file
              << "; nothing was run\n";
}

std::optional<scenario::Scenario> load_or_report(const std::string& file,
                                                 const scenario::ParameterOverrides& overrides,
                                                 const scenario::Limits& limits) {
    try {
        return scenario::load_scenario(file, overrides, limits);
    } catch (const scenario::ScenarioError& e) {
        print_scenario_errors(e, file);
        return std::nullopt;
    }
}

std::optional<scenario::ParameterOverrides>
parse_overrides(const std::vector<std::string>& assignments) {
    scenario::ParameterOverrides overrides;
    for (const std::string& text : assignments) {
        const std::size_t equals = text.rfind('=');
        double value = 0.0;
        std::size_t used = 0;
        bool ok = equals != std::string::npos && equals > 0;
        if (ok) {
            try {
                value = std::stod(text.substr(equals + 1), &used);
            } catch (const std::exception&) {
                ok = false;
            }
        }
        if (!ok || used != text.size() - equals - 1 || !std::isfinite(value)) {
            std::cerr << "hcsim: --set expects FIELD=NUMBER, found '" << text << "'\n";
            return std::nullopt;
        }
        overrides[text.substr(0, equals)] = value;
    }
    return overrides;
}

} // namespace hcsim::cli
