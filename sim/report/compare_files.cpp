// The files of a compare folder, each made from the one in-memory result (study::CompareResult).
#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/validation.hpp"
#include "hcsim/report/writers.hpp"

namespace hcsim::report {

const std::vector<FolderFile>& compare_folder_files() {
    using Result = study::CompareResult;
    using Contents = std::optional<std::string>;
    static const std::vector<FolderFile> files{
        {"summary.csv", [](const Result& r) -> Contents { return summary_csv(r.summary); }},
        {"differences.csv",
         [](const Result& r) -> Contents {
             if (r.options().size() < 2) {
                 return std::nullopt; // one option: nothing to compare it with
             }
             return differences_csv(r.differences);
         }},
        {"yearly.csv",
         [](const Result& r) -> Contents {
             return yearly_csv(r.yearly, r.manifest.first_budget_year);
         }},
        {"timeseries.csv", [](const Result& r) -> Contents { return timeseries_csv(r.monthly); }},
        {"transitions.csv",
         [](const Result& r) -> Contents { return transitions_csv(r.transitions); }},
        {"budget.csv",
         [](const Result& r) -> Contents {
             return budget_csv(r.budget, r.manifest.first_budget_year);
         }},
        {"assumptions.csv",
         [](const Result& r) -> Contents {
             return r.assumptions ? Contents(assumptions_csv(*r.assumptions)) : std::nullopt;
         }},
        {"contributions.csv",
         [](const Result& r) -> Contents {
             return r.contributions.empty() ? std::nullopt
                                            : Contents(contributions_csv(r.contributions));
         }},
        // The cost-effectiveness tables: written, not read back (the report reads them as files).
        {"incremental.csv",
         [](const Result& r) -> Contents {
             return r.incremental.empty()
                        ? std::nullopt
                        : Contents(incremental_csv(r.incremental, r.value_per_eviction_tkr));
         },
         false},
        {"funder.csv",
         [](const Result& r) -> Contents {
             return r.incremental.empty() ? std::nullopt : Contents(funder_csv(r.funders));
         },
         false},
        {"cost_breakdown.csv",
         [](const Result& r) -> Contents {
             return r.incremental.empty() ? std::nullopt
                                          : Contents(cost_breakdown_csv(r.cost_breakdown));
         },
         false},
        {"break_even_years.csv",
         [](const Result& r) -> Contents {
             return r.incremental.empty() ? std::nullopt
                                          : Contents(break_even_years_csv(r.break_even_shares));
         },
         false},
        {"effects.csv",
         [](const Result& r) -> Contents {
             return r.incremental.empty() ? std::nullopt : Contents(effects_csv(r.effects));
         },
         false},
        {"manifest.json", [](const Result& r) -> Contents { return manifest_json(r.manifest); }},
        {"whatif.json",
         [](const Result& r) -> Contents {
             return r.whatif ? Contents(whatif::to_json(*r.whatif).dump()) : std::nullopt;
         }},
        {"validation.csv",
         [](const Result& r) -> Contents {
             return r.validation.empty() ? std::nullopt : Contents(validation_csv(r.validation));
         }},
    };
    return files;
}

std::vector<std::pair<std::string, std::string>> compare_files(const study::CompareResult& result) {
    std::vector<std::pair<std::string, std::string>> written;
    for (const auto& file : compare_folder_files()) {
        if (auto contents = file.contents(result)) {
            written.emplace_back(file.name, std::move(*contents));
        }
    }
    return written;
}

} // namespace hcsim::report
