#include "hcsim/report/writers.hpp"

#include "hcsim/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace hcsim::report {

namespace fs = std::filesystem;

std::string manifest_json(const RunManifest& m) {
    nlohmann::ordered_json json{{"hcsim_version", m.version},
                                {"scenario", m.scenario_path},
                                {"scenario_title", m.scenario_title},
                                {"price_year", m.price_year},
                                {"start_date", m.start_date},
                                {"first_budget_year", m.first_budget_year},
                                {"discount_rate", m.discount_rate},
                                {"scenario_sha256", m.scenario_sha256},
                                {"seed", m.seed},
                                {"replications", m.replications},
                                {"threads", m.threads},
                                {"processes", m.processes},
                                {"common_random_numbers", !m.independent_streams},
                                {"baseline", m.baseline},
                                {"options", m.options},
                                {"started_utc", m.started_utc},
                                {"wall_seconds", m.wall_seconds},
                                {"events", m.events}};
    nlohmann::ordered_json overrides = nlohmann::ordered_json::object();
    for (const auto& [field, value] : m.overrides) {
        overrides[field] = value;
    }
    json["overrides"] = overrides;
    nlohmann::ordered_json titles = nlohmann::ordered_json::object();
    for (const auto& [option, title] : m.option_titles) {
        titles[option] = title;
    }
    json["option_titles"] = titles;
    nlohmann::ordered_json citations = nlohmann::ordered_json::object();
    for (const auto& [cited, reference] : m.citations) {
        citations[cited] = reference;
    }
    json["citations"] = citations;
    if (!m.role_titles.empty()) { // absent otherwise, so older folders read the same
        nlohmann::ordered_json roles = nlohmann::ordered_json::object();
        for (const auto& [role, title] : m.role_titles) {
            roles[role] = title;
        }
        json["role_titles"] = roles;
    }
    if (!m.indicators.empty()) { // absent otherwise, as role_titles
        nlohmann::ordered_json indicators = nlohmann::ordered_json::array();
        for (const auto& indicator : m.indicators) {
            indicators.push_back({{"name", indicator.name},
                                  {"title", indicator.title},
                                  {"source", indicator.source}});
        }
        json["indicators"] = indicators;
    }
    return json.dump(2) + "\n";
}

void write_file_atomically(const fs::path& file, const std::string& content) {
    write_file_atomically_with(file,
                               [&](const fs::path& temporary) { write_bytes(temporary, content); });
}

void write_file_atomically_with(const fs::path& file,
                                const std::function<void(const fs::path&)>& write) {
    const fs::path temporary = file.string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                               std::to_string(std::random_device{}() % 1000000000U);
    try {
        write(temporary);
        if (::rename(temporary.c_str(), file.c_str()) != 0) {
            throw OutputWriteError(file.string() + ": " + std::strerror(errno));
        }
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

void write_folder_atomically(const fs::path& folder, const FileList& files,
                             const std::vector<fs::path>& inputs) {
    StagedFolder staged(folder, files, inputs);
    staged.commit();
}

} // namespace hcsim::report
