#include "hcsim/bench/bench.hpp"

#include "workloads.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>

namespace hcsim::bench {

namespace {

struct DistrictFile {
    std::string workload;
    std::string path;
};

// Every seed scenario (the top level of the scenario folder), then the city scenario.
std::vector<DistrictFile> district_files(const BenchSettings& settings) {
    namespace fs = std::filesystem;
    std::vector<DistrictFile> files;
    if (fs::is_directory(settings.scenario_dir)) {
        for (const auto& entry : fs::directory_iterator(settings.scenario_dir)) {
            if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
                files.push_back(
                    {"district_" + entry.path().stem().string(), entry.path().string()});
            }
        }
    }
    std::sort(files.begin(), files.end(),
              [](const DistrictFile& a, const DistrictFile& b) { return a.workload < b.workload; });
    files.push_back({"district_city", settings.scenario_dir + "/bench/city.yaml"});
    return files;
}

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

// Workload names and notes are plain ASCII without quotes or backslashes.
std::string quoted(const std::string& text) {
    return "\"" + text + "\"";
}

} // namespace

std::vector<std::string> workload_names(const BenchSettings& settings) {
    std::vector<std::string> names{"tandem", "tandem_stack", "hold_1e3", "hold_1e5", "hold_1e6"};
    for (const DistrictFile& file : district_files(settings)) {
        names.push_back(file.workload);
    }
    if (detail::python_with("yaml")) {
        names.emplace_back("python_sketch");
    }
    if (detail::python_with("simpy")) {
        names.emplace_back("simpy_tandem");
    }
    return names;
}

Measurement run_workload(const std::string& name, const BenchSettings& settings) {
    if (name == "tandem") {
        return detail::tandem_workload(settings);
    }
    if (name == "tandem_stack") {
        return detail::tandem_stack_workload(settings);
    }
    if (name == "hold_1e3") {
        return detail::hold_workload(name, 1000, settings);
    }
    if (name == "hold_1e5") {
        return detail::hold_workload(name, 100000, settings);
    }
    if (name == "hold_1e6") {
        return detail::hold_workload(name, 1000000, settings);
    }
    if (name == "python_sketch") {
        return detail::python_sketch_workload(settings);
    }
    if (name == "simpy_tandem") {
        return detail::simpy_tandem_workload(settings);
    }
    for (const DistrictFile& file : district_files(settings)) {
        if (file.workload == name) {
            return detail::district_workload(name, file.path, settings);
        }
    }
    throw std::invalid_argument("unknown workload " + name);
}

std::string to_json(const Measurement& m) {
    std::string out = "{\"workload\": " + quoted(m.workload);
    auto field = [&out](const char* key, const std::string& value) {
        out += ", \"";
        out += key;
        out += "\": ";
        out += value;
    };
    // A measurement only some workloads take is left out where it was not taken.
    auto optional_field = [&field](const char* key, const auto& value) {
        if (!value) {
            return;
        }
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(*value)>, bool>) {
            field(key, *value ? "true" : "false");
        } else {
            field(key, number(*value));
        }
    };
    field("events", std::to_string(m.events));
    field("households", std::to_string(m.households));
    field("replications", std::to_string(m.replications));
    field("seconds", number(m.seconds));
    field("events_per_second", number(m.events_per_second));
    field("households_per_second", number(static_cast<double>(m.households) / m.seconds));
    field("replications_per_second", number(static_cast<double>(m.replications) / m.seconds));
    field("reference_events_per_second", number(m.reference_events_per_second));
    field("ratio", number(m.ratio));
    optional_field("ratio_per_household", m.ratio_per_household);
    optional_field("times_faster", m.times_faster);
    field("peak_rss_kb", std::to_string(m.peak_rss_kb));
    field("threads", std::to_string(m.threads));
    optional_field("mean_time_in_system", m.mean_time_in_system);
    optional_field("exact_time_in_system", m.exact_time_in_system);
    optional_field("matches_reference", m.matches_reference);
    optional_field("single_thread_seconds", m.single_thread_seconds);
    optional_field("parallel_efficiency", m.parallel_efficiency);
    optional_field("single_thread_cpu_seconds", m.single_thread_cpu_seconds);
    optional_field("parallel_cpu_efficiency", m.parallel_cpu_efficiency);
    optional_field("identical_across_threads", m.identical_across_threads);
    field("note", quoted(m.note));
    return out + "}";
}

std::string to_text(const Measurement& m) {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer,
                  "%-34s %11.0f events/s  %9.0f households/s  %8.1f repl/s  %8ld KiB peak"
                  "  ratio %.2f (loop %.0f events/s)",
                  m.workload.c_str(), m.events_per_second,
                  static_cast<double>(m.households) / m.seconds,
                  static_cast<double>(m.replications) / m.seconds, m.peak_rss_kb, m.ratio,
                  m.reference_events_per_second);
    std::string out = buffer;
    if (m.mean_time_in_system) {
        std::snprintf(buffer, sizeof buffer, "\n    mean time in system %.3f days (exact %.3f)",
                      *m.mean_time_in_system, m.exact_time_in_system.value_or(0.0));
        out += buffer;
    }
    if (m.ratio_per_household) {
        std::snprintf(buffer, sizeof buffer, "\n    ratio per customer %.2f",
                      *m.ratio_per_household);
        out += buffer;
    }
    if (m.times_faster) {
        std::snprintf(buffer, sizeof buffer, "\n    %.1f times faster than Python (%s)",
                      *m.times_faster, m.note.c_str());
        out += buffer;
    }
    if (m.matches_reference) {
        out += *m.matches_reference ? "; same result as the loop" : "; DIFFERS from the loop";
    }
    if (m.parallel_efficiency) {
        std::snprintf(
            buffer, sizeof buffer,
            "\n    %.3f s on %u threads, %.3f s on 1 (%.3f CPU s): parallel efficiency %.2f "
            "wall, %.2f CPU; %s",
            m.seconds, m.threads, m.single_thread_seconds.value_or(0.0),
            m.single_thread_cpu_seconds.value_or(0.0), *m.parallel_efficiency,
            m.parallel_cpu_efficiency.value_or(0.0),
            m.identical_across_threads.value_or(false) ? "identical results" : "RESULTS DIFFER");
        out += buffer;
    }
    return out;
}

} // namespace hcsim::bench
