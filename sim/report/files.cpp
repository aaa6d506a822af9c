#include "hcsim/report/writers.hpp"

#include "hcsim/error.hpp"

#include <cerrno>
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
    return json.dump(2) + "\n";
}

namespace {

std::string unique_suffix() {
    return std::to_string(::getpid()) + "-" + std::to_string(std::random_device{}());
}

void write_plain(const fs::path& file, const std::string& content) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) {
        // Disk full, file too large, no permission: the user can fix it (exit 2).
        throw BadInput(std::string("cannot write the results: ") + std::strerror(errno),
                       file.string());
    }
}

} // namespace

void write_file_atomically(const fs::path& file, const std::string& content) {
    write_file_atomically_with(file,
                               [&](const fs::path& temporary) { write_plain(temporary, content); });
}

void write_file_atomically_with(const fs::path& file,
                                const std::function<void(const fs::path&)>& write) {
    if (file.has_parent_path()) {
        fs::create_directories(file.parent_path());
    }
    const fs::path temporary = file.string() + ".tmp-" + unique_suffix();
    try {
        write(temporary);
        fs::rename(temporary, file);
    } catch (...) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        throw;
    }
}

void write_folder_atomically(const fs::path& folder,
                             const std::vector<std::pair<std::string, std::string>>& files) {
    const fs::path target = folder.lexically_normal();
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    fs::create_directories(parent);
    const std::string stem = target.filename().string();
    const fs::path staging = parent / ("." + stem + ".tmp-" + unique_suffix());
    const fs::path previous = parent / ("." + stem + ".old-" + unique_suffix());
    std::error_code ignored;
    try {
        fs::create_directory(staging);
        // Files of the old folder that this run does not write (a note, an earlier report)
        // are carried over so the swap loses nothing.
        if (fs::is_directory(target)) {
            for (const auto& entry : fs::directory_iterator(target)) {
                const std::string name = entry.path().filename().string();
                const bool rewritten = std::any_of(files.begin(), files.end(),
                                                   [&](const auto& f) { return f.first == name; });
                if (!rewritten && entry.is_regular_file()) {
                    fs::copy_file(entry.path(), staging / name);
                }
            }
        }
        for (const auto& [name, content] : files) {
            write_plain(staging / name, content);
        }
        if (fs::exists(target)) {
            fs::rename(target, previous);
        }
        fs::rename(staging, target);
        fs::remove_all(previous, ignored);
    } catch (...) {
        if (!fs::exists(target) && fs::exists(previous)) {
            fs::rename(previous, target, ignored);
        }
        fs::remove_all(staging, ignored);
        throw;
    }
}

} // namespace hcsim::report
