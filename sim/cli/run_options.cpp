#include "run_options.hpp"

#include "console.hpp"
#include "interrupt.hpp"

#include "hcsim/error.hpp"

namespace hcsim::cli {

namespace {

// The lines of the console table, in the order a manager reads them.
const std::vector<std::string> headline_metrics{"evictions",
                                                "evictions_with_children",
                                                "households_to_own_lease",
                                                "homeless_nights",
                                                "homeless_households_start",
                                                "homeless_households_end",
                                                "mean_days_homeless_to_own_lease",
                                                "flat_queue_wait_days",
                                                "staff_utilisation",
                                                "cost_staff_tkr",
                                                "cost_fixed_tkr",
                                                "cost_housing_tkr",
                                                "cost_events_tkr",
                                                "cost_total_tkr"};

} // namespace

void add_run_options(CLI::App& command, RunOptions& o, const Context& context) {
    add_scenario_options(command, o.scenario);
    command
        .add_option("--replications,-r", o.replications, "replications (default: the scenario's)")
        ->check(CLI::Range(1ULL, 9007199254740991ULL)); // the limit is checked on loading
    add_threads_option(command, o.threads, context.default_threads,
                       "worker threads per process (results do not depend on it)");
    command
        .add_option("--schedule", o.schedule,
                    "under mpirun: how tasks reach ranks (results do not depend on it)")
        ->check(CLI::IsMember({"queue", "static"}));
    command.add_option("--out,-o", o.out, "output folder (default results/<scenario name>)");
}

analysis::RunSettings run_settings(const scenario::Scenario& s, const RunOptions& o,
                                   const analysis::TaskExecutor& executor) {
    if (o.replications && static_cast<double>(*o.replications) > o.scenario.limits.replications) {
        throw BadInput("--replications: " + std::to_string(*o.replications) + " is " +
                       scenario::limit_hint("replications", o.scenario.limits.replications));
    }
    if (o.replications) {
        if (const auto problem =
                scenario::check_result_size(s, *o.replications, o.scenario.limits)) {
            throw BadInput("--replications: " + *problem);
        }
    }
    analysis::RunSettings settings;
    settings.replications = o.replications.value_or(s.replications);
    settings.seed = o.scenario.seed_for(s);
    settings.threads = o.threads;
    settings.executor = &executor;
    settings.interrupt = &install_interrupt_handlers();
    settings.progress = progress_line("replications", 20);
    return settings;
}

std::vector<std::filesystem::path> inputs_of(const scenario::Scenario& s) {
    return {s.files.begin(), s.files.end()};
}

void print_summary(const std::vector<analysis::SummaryRow>& rows,
                   const std::vector<std::string>& options) {
    ConsoleTable table(options);
    for (const std::string& metric : headline_metrics) {
        std::vector<std::string> cells;
        std::string unit;
        for (const auto& option : options) {
            for (const auto& row : rows) {
                if (row.option == option && row.metric == metric) {
                    cells.push_back(interval_cell(row.ci));
                    unit = row.unit;
                }
            }
        }
        table.add_row(metric + " (" + unit + ")", cells);
    }
    table.print();
}

} // namespace hcsim::cli
