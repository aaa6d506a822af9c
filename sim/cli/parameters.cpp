#include "parameters.hpp"

#include "scenario_options.hpp"

#include "hcsim/error.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/scenario/schema.hpp"
#include "hcsim/study/compare.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace hcsim::cli {

namespace {

struct ParametersOptions {
    ScenarioOptions scenario;
    bool csv = false;
    bool schema = false;
};

void list_parameters(const ParametersOptions& o) {
    if (o.schema) {
        std::cout << scenario::schema_markdown();
        return;
    }
    if (o.scenario.file.empty()) {
        throw BadInput("parameters needs a scenario file (or --schema for the fields of every "
                       "scenario)");
    }
    const auto s = o.scenario.load();
    if (o.csv) {
        std::cout << report::assumptions_csv(study::assumption_rows(s.parameters));
        return;
    }
    std::size_t width = 5;
    for (const auto& site : s.parameters) {
        width = std::max(width, site.field.size());
    }
    std::printf("%-*s  %14s  %-16s  %s\n", static_cast<int>(width), "field", "value", "unit",
                "uncertainty / calibration / source");
    std::size_t unsourced = 0;
    for (const auto& site : s.parameters) {
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
    std::printf("\n%zu parameters, %zu without a source comment\n", s.parameters.size(), unsourced);
}

} // namespace

void setup_parameters(CLI::App& app, Context& /*context*/) {
    const auto [options, command] = add_scenario_command<ParametersOptions>(
        app, "parameters", "List every number of a scenario with its field path, unit and source",
        Seeded::no);
    CLI::Option* file = command->get_option("file");
    file->required(false);
    command->add_flag("--csv", options->csv, "print as CSV (as assumptions.csv)");
    command
        ->add_flag("--schema", options->schema,
                   "print every number any scenario takes (unit, range, default, meaning) as "
                   "the Markdown table of scenarios/README.md")
        ->excludes(file);
    command->callback([options] { list_parameters(*options); });
}

} // namespace hcsim::cli
