#pragma once
// Shared by the validation tests: a valid base scenario, a one-line editor, a temporary
// folder, and checks of a diagnostic's file, line, column, field and message.
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <atomic>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace hcsim::test::validation {

namespace fs = std::filesystem;
using hcsim::scenario::Diagnostic;
using hcsim::scenario::load_scenario;
using hcsim::scenario::Scenario;
using hcsim::scenario::ScenarioError;

// The valid base scenario. Line numbers (1-based) that the tests edit:
//   1 name            2 horizon_years    3 baseline         7 priority
//  10 at_risk state  11 shelter state   12 hotel state     15 initial.at_risk
//  18 arrivals into  19 arrivals per_year
//  22 exits.at_risk[0] (resolved)       26 exits.shelter[0] (housed)
//  32 options.do_nothing                36 staff fte       39 staff serves   41 staff effect
constexpr const char* base_yaml = R"(name: test
horizon_years: 2
baseline: do_nothing
groups:
  adult: {}
  family: {children: 2}
priority: [family, adult]
states:
  own_lease: {kind: housed}
  at_risk: {kind: housed}
  shelter: {kind: acute, cost_per_day: 1000, capacity: 20, overflow: hotel}
  hotel: {kind: acute, cost_per_day: 400}
  left_area: {kind: absorbing}
initial:
  at_risk: {adult: 5, family: 3}
  shelter: {adult: 10}
arrivals:
  - into: at_risk
    per_year: {adult: 40, family: 10}
exits:
  at_risk:
    - {name: resolved, to: own_lease, p: 0.6, delay: {dist: exponential, mean_days: 45}}
    - {name: evicted, to: shelter, p: 0.3, delay: {dist: exponential, mean_days: 120}}
    - {name: moved_away, to: left_area, p: 0.1, delay: {dist: exponential, mean_days: 90}}
  shelter:
    - {name: housed, to: own_lease, p: 0.7, delay: {dist: exponential, mean_days: 200}}
    - {name: left, to: left_area, p: 0.3, delay: {dist: exponential, mean_days: 100}}
  hotel:
    - {name: housed, to: own_lease, p: 0.8, delay: {dist: exponential, mean_days: 150}}
    - {name: left, to: left_area, p: 0.2, delay: {dist: exponential, mean_days: 100}}
options:
  do_nothing: {}
  coach:
    staff:
      coach:
        fte: 2
        cost_per_fte_year: 600000
        caseload_per_fte: 15
        serves: [shelter, hotel]
        effects:
          - {state: shelter, exit: housed, relative_risk: 1.5}
)";

// State and group indices in the base (declaration order).
constexpr std::size_t own_lease = 0;
constexpr std::size_t at_risk = 1;
constexpr std::size_t shelter = 2;
constexpr std::size_t hotel = 3;
constexpr std::size_t adult = 0;
constexpr std::size_t family = 1;

// The line `number` (1-based) of `text` replaced by `replacement` (which may hold several lines).
inline std::string edit_line(const std::string& text, int number, const std::string& replacement) {
    std::istringstream in(text);
    std::ostringstream out;
    std::string line;
    int current = 0;
    bool found = false;
    while (std::getline(in, line)) {
        ++current;
        if (current == number) {
            out << replacement << '\n';
            found = true;
        } else {
            out << line << '\n';
        }
    }
    EXPECT_TRUE(found) << "the base has no line " << number;
    return out.str();
}

inline std::string edit_line(int number, const std::string& replacement) {
    return edit_line(base_yaml, number, replacement);
}

// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
public:
    TempDir() {
        static std::atomic<unsigned> counter{0};
        std::random_device random;
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        const std::string test = info != nullptr ? info->name() : "none";
        path_ = fs::temp_directory_path() /
                ("hcsim_validation_" + test + "_" + std::to_string(random()) + "_" +
                 std::to_string(counter++));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const fs::path& path() const noexcept { return path_; }

    // Writes `text` to `name` inside the directory and returns the full path.
    std::string write(const std::string& name, const std::string& text) const {
        const fs::path file = path_ / name;
        std::ofstream out(file, std::ios::binary);
        out << text;
        out.close();
        EXPECT_TRUE(out.good()) << "cannot write " << file;
        return file.string();
    }

private:
    fs::path path_;
};

// The diagnostics of loading `path`; a test failure when it loads without error.
inline std::vector<Diagnostic> errors_of(const std::string& path) {
    try {
        const Scenario scenario = load_scenario(path);
        ADD_FAILURE() << path << " loaded without error (" << scenario.options.size()
                      << " options)";
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    return {};
}

inline std::string dump(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        text += "\n  " + d.format();
    }
    return text.empty() ? "\n  (none)" : text;
}

inline bool contains(const std::string& text, const std::string& phrase) {
    return text.find(phrase) != std::string::npos;
}

struct Expected {
    std::string file;
    int line;
    int column;
    std::string field;
    std::string phrase; // part of the message
};

inline void expect_diagnostic(const Diagnostic& d, const Expected& e) {
    EXPECT_EQ(d.file, e.file) << d.format();
    EXPECT_EQ(d.line, e.line) << d.format();
    EXPECT_EQ(d.column, e.column) << d.format();
    EXPECT_EQ(d.field, e.field) << d.format();
    EXPECT_TRUE(contains(d.message, e.phrase))
        << "message '" << d.message << "' lacks '" << e.phrase << "'";
}

// Exactly one diagnostic, matching `e`.
inline void expect_only(const std::vector<Diagnostic>& diagnostics, const Expected& e) {
    ASSERT_EQ(diagnostics.size(), 1U) << dump(diagnostics);
    expect_diagnostic(diagnostics[0], e);
}

} // namespace hcsim::test::validation
