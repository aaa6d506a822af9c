// `hcsim parameters FILE`: every number the scenario feeds the model, where it is written and
// what backs it, so a planner can see the assumptions and name fields for --set and analyses.
#include "commands.hpp"
#include "hcsim/report/writers.hpp"

#include <cstdio>
#include <iostream>

namespace hcsim::cli {

int command_parameters(const std::string& file, bool csv) {
    const auto s = load_or_report(file);
    if (!s) {
        return exit_bad_input;
    }
    if (csv) {
        std::cout << report::assumptions_csv(s->parameters);
        return exit_ok;
    }
    std::size_t width = 5;
    for (const auto& site : s->parameters) {
        width = std::max(width, site.field.size());
    }
    std::printf("%-*s  %14s  %-16s  %s\n", static_cast<int>(width), "field", "value", "unit",
                "uncertainty / calibration / source");
    std::size_t unsourced = 0;
    for (const auto& site : s->parameters) {
        std::string note = site.source.empty() ? "(no source given)" : site.source;
        if (site.calibrate) {
            note = "calibrate " + report::format_number(site.calibrate->min) + "–" +
                   report::format_number(site.calibrate->max) + "; " + note;
        }
        if (site.uncertainty) {
            note = site.uncertainty->describe() + "; " + note;
        }
        unsourced += site.source.empty() ? 1 : 0;
        std::printf("%-*s  %14g  %-16s  %s\n", static_cast<int>(width), site.field.c_str(),
                    site.value, site.unit.c_str(), note.c_str());
    }
    std::printf("\n%zu parameters, %zu without a source comment\n", s->parameters.size(),
                unsourced);
    return exit_ok;
}

} // namespace hcsim::cli
