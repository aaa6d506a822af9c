#pragma once
// The report tests' shared pieces: the fixture folder (tests/report/fixture), a private copy
// of it, and the characters the Swedish expected texts are written with.
#include "hcsim/report/format.hpp"

#include <filesystem>
#include <random>
#include <string>

namespace hcsim::test::report_fixture {

using hcsim::report::Language;
namespace fs = std::filesystem;

const std::string nbsp = "\u00a0";
const std::string minus = "\u2212";
const fs::path fixture = fs::path(HCSIM_SOURCE_DIR) / "tests/report/fixture";

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A private copy of the fixture folder, removed afterwards.
class FixtureCopy {
public:
    FixtureCopy() : path_(fs::temp_directory_path() / ("hcsim-report-" + suffix())) {
        fs::copy(fixture, path_);
    }
    ~FixtureCopy() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    FixtureCopy(const FixtureCopy&) = delete;
    FixtureCopy& operator=(const FixtureCopy&) = delete;
    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    static std::string suffix() { return std::to_string(std::random_device{}()); }
    fs::path path_;
};

} // namespace hcsim::test::report_fixture
