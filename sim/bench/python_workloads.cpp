// Workloads against Python implementations of the same work, run in the same process's
// benchmark: the housing chain of the shared Norrmalm sketch in plain Python (heapq and
// random, sim/bench/python/housing_chain.py) and the kernel's tandem line in SimPy
// (sim/bench/python/tandem_simpy.py). Offered only where an interpreter with the modules is.
#include "measure.hpp"
#include "workloads.hpp"

#include "hcsim/bench/tandem_line.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace hcsim::bench::detail {

namespace {

// Debian's interpreter first: python3-simpy3 and python3-yaml install there.
constexpr std::array<const char*, 2> interpreters{"/usr/bin/python3", "python3"};

std::string script_path(const std::string& name) {
    return std::string(HCSIM_BENCH_PYTHON_DIR) + "/" + name;
}

// Runs a command and returns what it printed on stdout; throws when it fails.
std::string output_of(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) {
        throw std::runtime_error("cannot run " + command);
    }
    std::string out;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) {
        out.append(buffer.data(), n);
    }
    if (pclose(pipe.release()) != 0) {
        throw std::runtime_error("failed: " + command);
    }
    return out;
}

nlohmann::json run_python(const std::string& interpreter, const std::string& arguments) {
    return nlohmann::json::parse(output_of(interpreter + " " + arguments));
}

std::string sketch_file(const BenchSettings& settings) {
    return settings.scenario_dir + "/bench/sketch.yaml";
}

} // namespace

std::optional<std::string> python_with(const std::string& modules) {
    for (const char* interpreter : interpreters) {
        const std::string probe =
            std::string(interpreter) + " -c 'import " + modules + "' >/dev/null 2>&1";
        if (std::system(probe.c_str()) == 0) {
            return std::string(interpreter);
        }
    }
    return std::nullopt;
}

Measurement python_sketch_workload(const BenchSettings& settings) {
    const auto python = python_with("yaml");
    if (!python) {
        throw std::runtime_error("python_sketch needs python3 with PyYAML (python3-yaml)");
    }
    const std::string file = sketch_file(settings);
    const scenario::Scenario loaded = scenario::load_scenario(file);
    const std::size_t python_replications = settings.small ? 2 : 50;
    const std::size_t hcsim_replications = settings.small ? 8 : 2000;
    Measurement m;
    m.workload = "python_sketch";
    std::vector<double> hcsim_seconds;
    std::vector<double> python_seconds;
    for (unsigned repeat = 0; repeat < settings.repeats; ++repeat) {
        // The model alone on both sides: YAML loading and summaries are left out.
        std::uint64_t events = 0;
        std::uint64_t households = 0;
        const double seconds = cpu_seconds_taken([&] {
            for (const auto& option : loaded.options) {
                for (std::size_t r = 0; r < hcsim_replications; ++r) {
                    const model::ReplicationResult result =
                        model::simulate_replication(option.spec, {loaded.seed, r});
                    events += result.events;
                    households += result.households;
                }
            }
        });
        const std::size_t runs = hcsim_replications * loaded.options.size();
        hcsim_seconds.push_back(seconds / static_cast<double>(runs));
        m.events = events / runs;
        m.households = households / runs;
        const nlohmann::json python_result =
            run_python(*python, script_path("housing_chain.py") + " " + file + " --replications " +
                                    std::to_string(python_replications));
        python_seconds.push_back(python_result.at("seconds_per_replication").get<double>());
        m.reference_events_per_second =
            python_result.at("events_per_replication").get<double>() / python_seconds.back();
    }
    m.replications = 1;
    m.seconds = median(hcsim_seconds);
    m.events_per_second = static_cast<double>(m.events) / m.seconds;
    m.ratio = median_ratio(python_seconds, hcsim_seconds);
    m.times_faster = m.ratio;
    m.note = "one replication of every option of scenarios/bench/sketch.yaml; ratio = plain "
             "Python's CPU time per replication / hcsim's";
    return m;
}

Measurement simpy_tandem_workload(const BenchSettings& settings) {
    const auto python = python_with("simpy");
    if (!python) {
        throw std::runtime_error("simpy_tandem needs python3 with SimPy (python3-simpy3)");
    }
    const std::uint64_t customers = settings.small ? 2000 : 100000;
    const bench::TandemLineSpec spec = bench::reference_tandem_line(customers, 1);
    std::vector<double> kernel_seconds;
    std::vector<double> simpy_seconds;
    bench::TandemLineResult kernel_result;
    Measurement m;
    for (unsigned repeat = 0; repeat < settings.repeats; ++repeat) {
        kernel_seconds.push_back(cpu_seconds_taken([&] { kernel_result = run_tandem_line(spec); }));
        const nlohmann::json simpy_result = run_python(
            *python, script_path("tandem_simpy.py") + " --customers " + std::to_string(customers));
        simpy_seconds.push_back(simpy_result.at("seconds").get<double>());
    }
    m.workload = "simpy_tandem";
    m.events = kernel_result.events;
    m.households = customers;
    m.replications = 1;
    m.seconds = median(kernel_seconds);
    m.events_per_second = static_cast<double>(m.events) / m.seconds;
    // SimPy's own event count differs (a request and a timeout per stage): customers per
    // second is the fair unit, the same customers on both sides.
    m.reference_events_per_second = static_cast<double>(m.events) / median(simpy_seconds);
    m.ratio = median_ratio(simpy_seconds, kernel_seconds);
    m.times_faster = m.ratio;
    m.note = "the tandem line, kernel vs SimPy 3, same customers; ratio = SimPy CPU time / "
             "the kernel's";
    return m;
}

} // namespace hcsim::bench::detail
