#include "validate.hpp"

#include "fault.hpp"
#include "scenario_options.hpp"

#include "hcsim/error.hpp"
#include "hcsim/study/decisions.hpp"

#include <cstdio>
#include <memory>

namespace hcsim::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    std::vector<std::string> set;
    scenario::Limits limits;
};

void validate(const ValidateOptions& o) {
    const auto overrides = parse_overrides(o.set);
    std::size_t invalid = 0;
    for (const std::string& file : o.files) {
        try {
            const auto s = scenario::load_scenario(file, overrides, o.limits);
            std::printf("%s: valid (%zu options: ", file.c_str(), s.options.size());
            for (std::size_t i = 0; i < s.options.size(); ++i) {
                std::printf("%s%s", i ? ", " : "", s.options[i].name.c_str());
            }
            std::printf(")\n");
            // An effect taken as certain hides how much the result rests on it: psa and the
            // report's ranges can only show the uncertainty of what has a distribution.
            for (const auto& site : s.parameters) {
                if (study::is_staff_effect(site.field) && !site.uncertainty) {
                    std::fprintf(stderr,
                                 "%s:%d:%d: warning: %s: a staff effect without a distribution "
                                 "('dist'); it is taken as certain in psa and in the report's "
                                 "ranges\n",
                                 site.file.c_str(), site.line, site.column, site.field.c_str());
                }
            }
        } catch (const scenario::ScenarioError& e) {
            print_scenario_errors(e); // and go on to the next file
            ++invalid;
        }
    }
    if (invalid > 0) {
        throw BadInput(std::to_string(invalid) + " of " + std::to_string(o.files.size()) +
                       " scenario files have errors");
    }
}

} // namespace

void setup_validate(CLI::App& app, Context& /*context*/) {
    auto options = std::make_shared<ValidateOptions>();
    auto* command =
        app.add_subcommand("validate", "Check scenario files; exit 2 with every error found");
    command->add_option("files", options->files, "scenario files")->required();
    add_override_options(*command, options->set, options->limits);
    command->callback([options] { validate(*options); });
}

} // namespace hcsim::cli
