// The files of a compare folder, each made from the one in-memory result (study::CompareResult).
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
        {"yearly.csv", [](const Result& r) -> Contents { return yearly_csv(r.yearly); }},
        {"timeseries.csv", [](const Result& r) -> Contents { return timeseries_csv(r.monthly); }},
        {"transitions.csv",
         [](const Result& r) -> Contents { return transitions_csv(r.transitions); }},
        {"budget.csv", [](const Result& r) -> Contents { return budget_csv(r.budget); }},
        {"assumptions.csv",
         [](const Result& r) -> Contents {
             return r.assumptions ? Contents(assumptions_csv(*r.assumptions)) : std::nullopt;
         }},
        {"manifest.json", [](const Result& r) -> Contents { return manifest_json(r.manifest); }},
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
