// A scenario is read from the disk once: rebuilds (PSA draws, sweep points, calibration, the
// what-if probes) and the manifest's SHA-256 come from the bytes the first load kept, so a
// file changed or removed during a run cannot mix two versions into one result.
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/digest.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "hcsim/study/decisions.hpp"
#include "hcsim/whatif/model_json.hpp"

#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

using namespace hcsim;

namespace {

namespace fs = std::filesystem;

// A copy of the files Norrmalm 2018 reads: itself, the base it extends, and the calibration
// scenario (with its own base) that its validation targets name.
fs::path copy_of_norrmalm(const std::string& name) {
    const fs::path from = HCSIM_SOURCE_DIR "/scenarios";
    const fs::path to = fs::temp_directory_path() / name;
    fs::remove_all(to);
    fs::create_directories(to);
    fs::copy(from / "norrmalm-2018-bolots.yaml", to);
    fs::copy(from / "base", to / "base", fs::copy_options::recursive);
    fs::copy(from / "calibration", to / "calibration", fs::copy_options::recursive);
    return to;
}

std::vector<nlohmann::json> models_of(const scenario::Scenario& s) {
    std::vector<nlohmann::json> models;
    for (const auto& option : s.options) {
        models.push_back(whatif::to_json(option.spec));
    }
    return models;
}

TEST(KeptBytes, RebuildsReadNoFileAgain) {
    const fs::path folder = copy_of_norrmalm("hcsim-kept-bytes");
    const std::string path = (folder / "norrmalm-2018-bolots.yaml").string();
    const std::string field = "states.shelter.cost_per_day";
    const auto loaded = scenario::load_scenario(path);
    const auto expected = scenario::load_scenario(path, {{field, 1234.0}});
    const std::string sha = scenario::sha256_of_file(path);
    ASSERT_TRUE(loaded.texts);
    // Every file read is kept once: the scenario, its base, and the calibration scenario its
    // validation targets name (whose `extends: ../base/norrmalm.yaml` is the same base).
    EXPECT_EQ(loaded.texts->size(), 3U);
    EXPECT_EQ(loaded.texts->front().path, path);
    // Every file is now something else; a rebuild must not notice.
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            std::ofstream(entry.path()) << "not: [a scenario\n";
        }
    }
    const auto rebuilt = study::scenario_factory(loaded, {}, {})({{field, 1234.0}});
    EXPECT_EQ(models_of(rebuilt), models_of(expected));
    EXPECT_EQ(rebuilt.parameters.size(), expected.parameters.size());
    // The sources of the numbers come from the kept comments too.
    for (std::size_t i = 0; i < rebuilt.parameters.size(); ++i) {
        EXPECT_EQ(rebuilt.parameters[i].source, expected.parameters[i].source)
            << rebuilt.parameters[i].field;
    }
    EXPECT_EQ(rebuilt.validation.size(), expected.validation.size());
    // The identity recorded is that of the bytes the results come from.
    EXPECT_EQ(scenario::sha256_of_text(rebuilt.texts->front().text), sha);
    EXPECT_NE(scenario::sha256_of_file(path), sha);
    // Loading the file afresh sees the change, and refuses it.
    EXPECT_THROW((void)scenario::load_scenario(path), scenario::ScenarioError);
    fs::remove_all(folder);
}

TEST(KeptBytes, AFileReadTwiceIsReadOnce) {
    const fs::path folder = copy_of_norrmalm("hcsim-kept-once");
    const auto loaded = scenario::load_scenario((folder / "norrmalm-2018-bolots.yaml").string());
    // Both validation targets name calibration/norrmalm-2016.yaml, and it extends the base the
    // scenario extends under another name: one copy of each file's bytes.
    std::map<fs::path, int> times;
    for (const auto& file : *loaded.texts) {
        ++times[fs::absolute(file.path).lexically_normal()];
    }
    EXPECT_EQ(times.size(), 3U);
    for (const auto& [file, count] : times) {
        EXPECT_EQ(count, 1) << file;
    }
    fs::remove_all(folder);
}

// Rebuilds on one thread reuse the trees parsed and the reference scenarios loaded by the
// rebuilds before them (rebuild_cache.hpp): each must still equal a fresh load with its own
// overrides, on any thread, and a changed limit must be checked again, not served from the cache.
TEST(KeptBytes, RebuildsReusingParsedFilesEqualFreshLoads) {
    const fs::path folder = copy_of_norrmalm("hcsim-kept-reuse");
    const std::string path = (folder / "norrmalm-2018-bolots.yaml").string();
    const std::string field = "states.shelter.cost_per_day";
    const auto loaded = scenario::load_scenario(path);
    const auto factory = study::scenario_factory(loaded, {}, {});
    auto targets_of = [](const scenario::Scenario& s) {
        std::vector<nlohmann::json> models;
        for (const auto& target : s.validation) {
            models.push_back(target.model ? whatif::to_json(*target.model) : nlohmann::json());
        }
        return models;
    };
    for (const double cost : {1234.0, 987.0, 1234.0}) {
        const auto expected = scenario::load_scenario(path, {{field, cost}});
        const auto rebuilt = factory({{field, cost}});
        EXPECT_EQ(models_of(rebuilt), models_of(expected)) << cost;
        EXPECT_EQ(targets_of(rebuilt), targets_of(expected)) << cost;
    }
    const auto expected = models_of(scenario::load_scenario(path, {{field, 555.0}}));
    std::vector<std::vector<nlohmann::json>> on_threads(2);
    {
        std::vector<std::jthread> threads;
        for (auto& models : on_threads) {
            threads.emplace_back([&] {
                for (int i = 0; i < 3; ++i) {
                    models = models_of(factory({{field, 555.0}}));
                }
            });
        }
    }
    for (const auto& models : on_threads) {
        EXPECT_EQ(models, expected);
    }
    scenario::Limits small;
    small.yaml_values = 100; // every kept file has more
    EXPECT_THROW((void)study::scenario_factory(loaded, {}, small)({{field, 555.0}}),
                 scenario::ScenarioError);
    fs::remove_all(folder);
}

} // namespace
