// libFuzzer target over the scenario loader and validator: any bytes as a scenario file must
// give a Scenario or a ScenarioError, never a crash, a sanitizer report, another exception, a
// hang or runaway memory. Build with -DHCSIM_FUZZ=ON (clang); see docs/reliability.md.
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

// One folder per fuzzing process, so `extends:` in an input resolves next to it.
const std::filesystem::path& input_file() {
    static const std::filesystem::path file = [] {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "hcsim-fuzz-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            std::abort();
        }
        return std::filesystem::path(pattern) / "scenario.yaml";
    }();
    return file;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream out(input_file(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        const auto scenario = hcsim::scenario::load_scenario(input_file().string());
        // A valid scenario must be usable: every option has a spec with states.
        for (const auto& option : scenario.options) {
            if (option.spec.states.empty()) {
                std::abort();
            }
        }
    } catch (const hcsim::scenario::ScenarioError& e) {
        // Every diagnostic names the file it is about.
        for (const auto& diagnostic : e.diagnostics()) {
            if (diagnostic.file.empty() || diagnostic.message.empty()) {
                std::abort();
            }
        }
    }
    return 0;
}
