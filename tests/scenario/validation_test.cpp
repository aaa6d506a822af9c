// Scenario validation: every error the loader reports, with its file, line, column, field path
// and message; and how `extends:` / `extends_option:` merge layers.
//
// Each bad case is the valid base scenario below with one line edited, so the expected line and
// column are known exactly. Every test writes its files to a fresh temporary directory.
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

namespace {

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
std::string edit_line(const std::string& text, int number, const std::string& replacement) {
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

std::string edit_line(int number, const std::string& replacement) {
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
std::vector<Diagnostic> errors_of(const std::string& path) {
    try {
        const Scenario scenario = load_scenario(path);
        ADD_FAILURE() << path << " loaded without error (" << scenario.options.size()
                      << " options)";
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    return {};
}

std::string dump(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        text += "\n  " + d.format();
    }
    return text.empty() ? "\n  (none)" : text;
}

bool contains(const std::string& text, const std::string& phrase) {
    return text.find(phrase) != std::string::npos;
}

// A value outside `options:` is reported under its own path, not under an option's.
bool top_level_field_is(const std::string& actual, const std::string& expected) {
    return actual == expected;
}

struct Expected {
    std::string file;
    int line;
    int column;
    std::string field;
    std::string phrase;     // part of the message
    bool top_level = false; // field lies outside `options:` (see top_level_field_is)
};

void expect_diagnostic(const Diagnostic& d, const Expected& e) {
    EXPECT_EQ(d.file, e.file) << d.format();
    EXPECT_EQ(d.line, e.line) << d.format();
    EXPECT_EQ(d.column, e.column) << d.format();
    if (e.top_level) {
        EXPECT_TRUE(top_level_field_is(d.field, e.field))
            << "field '" << d.field << "', expected '" << e.field << "'";
    } else {
        EXPECT_EQ(d.field, e.field) << d.format();
    }
    EXPECT_TRUE(contains(d.message, e.phrase))
        << "message '" << d.message << "' lacks '" << e.phrase << "'";
}

// Exactly one diagnostic, matching `e`.
void expect_only(const std::vector<Diagnostic>& diagnostics, const Expected& e) {
    ASSERT_EQ(diagnostics.size(), 1U) << dump(diagnostics);
    expect_diagnostic(diagnostics[0], e);
}

// ---------------------------------------------------------------------------------------------
// The base itself

TEST(ValidBase, LoadsWithTheDeclaredValues) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write("base.yaml", base_yaml));
    EXPECT_EQ(s.name, "test");
    EXPECT_EQ(s.baseline, "do_nothing");
    ASSERT_EQ(s.options.size(), 2U);
    EXPECT_EQ(s.options[0].name, "do_nothing");
    EXPECT_EQ(s.options[1].name, "coach");
    const auto& spec = s.option("do_nothing").spec;
    EXPECT_DOUBLE_EQ(spec.horizon_days, 2 * 365.0);
    ASSERT_EQ(spec.groups.size(), 2U);
    EXPECT_EQ(spec.groups[family].name, "family");
    EXPECT_DOUBLE_EQ(spec.groups[family].children, 2.0);
    EXPECT_EQ(spec.group_rank, (std::vector<int>{1, 0}));
    ASSERT_EQ(spec.states.size(), 5U);
    EXPECT_EQ(spec.states[shelter].capacity, std::optional<std::size_t>(20));
    EXPECT_EQ(spec.states[shelter].overflow, std::optional<std::size_t>(hotel));
    EXPECT_EQ(spec.states[hotel].cost_per_day, (std::vector<double>{400.0, 400.0}));
    ASSERT_EQ(spec.arrivals.size(), 1U);
    EXPECT_EQ(spec.arrivals[0].into, at_risk);
    EXPECT_EQ(spec.arrivals[0].per_year, (std::vector<double>{40.0, 10.0}));
    ASSERT_EQ(spec.exits[at_risk].size(), 3U);
    EXPECT_EQ(spec.exits[at_risk][1].destination[adult], std::optional<std::size_t>(shelter));
    EXPECT_TRUE(spec.staff.empty());
    const auto& coach = s.option("coach").spec;
    ASSERT_EQ(coach.staff.size(), 1U);
    EXPECT_DOUBLE_EQ(coach.staff[0].fte, 2.0);
    EXPECT_EQ(coach.staff[0].serves, (std::vector<std::size_t>{shelter, hotel}));
    ASSERT_EQ(coach.staff[0].effects.size(), 1U);
    EXPECT_EQ(coach.staff[0].effects[0].state, shelter);
    EXPECT_EQ(coach.staff[0].effects[0].exit, 0U);
    EXPECT_DOUBLE_EQ(coach.staff[0].effects[0].relative_risk, 1.5);
}

// ---------------------------------------------------------------------------------------------
// Unknown keys

TEST(UnknownKey, AtTopLevel) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(2, "horizon_years: 2\nbogus: 1"));
    expect_only(errors_of(path), {path, 3, 1, "bogus", "unknown key 'bogus'"});
}

TEST(UnknownKey, InAState) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(11, "  shelter: {kind: acute, cost_per_day: 1000, capacity: 20, overflow: hotel, "
                      "bogus: 1}"));
    const auto errors = errors_of(path);
    expect_only(errors, {path, 11, 77, "states.shelter.bogus", "unknown key 'bogus'", true});
    if (!errors.empty()) {
        EXPECT_TRUE(contains(errors[0].message, "kind, cost_per_day, capacity, overflow"))
            << errors[0].message;
    }
}

TEST(UnknownKey, InAStaffPool) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(36, "        fte: 2\n        bogus: 3"));
    const auto errors = errors_of(path);
    expect_only(errors, {path, 37, 9, "options.coach.staff.coach.bogus", "unknown key 'bogus'"});
    if (!errors.empty()) {
        EXPECT_TRUE(contains(errors[0].message, "caseload_per_fte")) << errors[0].message;
    }
}

// ---------------------------------------------------------------------------------------------
// Values of the wrong type or out of range

TEST(WrongType, TextWhereANumberIsExpected) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(11,
                  "  shelter: {kind: acute, cost_per_day: lots, capacity: 20, overflow: hotel}"));
    expect_only(errors_of(path), {path, 11, 40, "states.shelter.cost_per_day",
                                  "expected a number, found 'lots'", true});
}

TEST(WrongType, TextForHorizonYears) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(2, "horizon_years: two"));
    expect_only(errors_of(path), {path, 2, 16, "horizon_years", "expected a number, found 'two'"});
}

TEST(OutOfRange, NegativeArrivalRate) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(19, "    per_year: {adult: -5, family: 10}"));
    expect_only(errors_of(path), {path, 19, 23, "arrivals[0].per_year.adult",
                                  "must lie between 0 and 1e+06, found -5", true});
}

TEST(OutOfRange, ProbabilityAboveOne) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: 1.5, delay: {dist: "
                                "exponential, mean_days: 45}}"));
    expect_only(errors_of(path),
                {path, 22, 42, "exits.at_risk[0].p", "must lie between 0 and 1, found 1.5", true});
}

TEST(OutOfRange, ProbabilityAboveOneInAnOption) {
    // An option's own exits are reported under the option.
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(32, "  do_nothing: {exits: {hotel: [{name: housed, to: own_lease, p: 2, "
                      "delay: {dist: fixed, days: 5}}]}}"));
    expect_only(errors_of(path), {path, 32, 65, "options.do_nothing.exits.hotel[0].p",
                                  "must lie between 0 and 1, found 2"});
}

TEST(OutOfRange, NanIsNotANumber) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(11,
                  "  shelter: {kind: acute, cost_per_day: .nan, capacity: 20, overflow: hotel}"));
    expect_only(errors_of(path),
                {path, 11, 40, "states.shelter.cost_per_day", "found '.nan'", true});
}

TEST(OutOfRange, InfinityIsNotANumber) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: .inf, delay: {dist: "
                                "exponential, mean_days: 45}}"));
    expect_only(errors_of(path), {path, 22, 42, "exits.at_risk[0].p", "found '.inf'", true});
}

// ---------------------------------------------------------------------------------------------
// Exit probabilities sum to 1 per group

TEST(ExitSum, OffByAGroupOverrideIsReportedForThatGroupOnly) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: {default: 0.6, family: "
                                "0.5}, delay: {dist: exponential, mean_days: 45}}"));
    const auto errors = errors_of(path);
    expect_only(errors, {path, 22, 5, "exits.at_risk",
                         "exit probabilities for group 'family' sum to 0.9, not 1", true});
}

TEST(ExitSum, EveryGroupOffIsReportedPerGroup) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: 0.60000001, delay: "
                                "{dist: exponential, mean_days: 45}}"));
    const auto errors = errors_of(path);
    ASSERT_EQ(errors.size(), 2U) << dump(errors);
    expect_diagnostic(
        errors[0], {path, 22, 5, "exits.at_risk", "group 'adult' sum to 1.00000001, not 1", true});
    expect_diagnostic(
        errors[1], {path, 22, 5, "exits.at_risk", "group 'family' sum to 1.00000001, not 1", true});
}

TEST(ExitSum, OffByOneInATrillionIsWithinTolerance) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: 0.600000000001, delay: "
                                "{dist: exponential, mean_days: 45}}"));
    const Scenario s = load_scenario(path);
    const auto& exits = s.option("do_nothing").spec.exits[at_risk];
    ASSERT_EQ(exits.size(), 3U);
    EXPECT_DOUBLE_EQ(exits[0].probability[adult], 0.600000000001);
    EXPECT_NE(exits[0].probability[adult], 0.6);
}

// ---------------------------------------------------------------------------------------------
// References to names that are not declared

TEST(UndefinedState, InExitTo) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: nowhere, p: 0.6, delay: {dist: "
                                "exponential, mean_days: 45}}"));
    const auto errors = errors_of(path);
    expect_only(errors,
                {path, 22, 28, "exits.at_risk[0].to", "'nowhere' is not a declared state", true});
    if (!errors.empty()) {
        EXPECT_TRUE(contains(errors[0].message, "own_lease, at_risk, shelter, hotel, left_area"))
            << errors[0].message;
    }
}

TEST(UndefinedState, InArrivalsInto) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(18, "  - into: nowhere"));
    expect_only(errors_of(path),
                {path, 18, 11, "arrivals[0].into", "'nowhere' is not a declared state", true});
}

TEST(UndefinedState, InStaffServes) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(39, "        serves: [shelter, nowhere]"));
    expect_only(errors_of(path), {path, 39, 27, "options.coach.staff.coach.serves[1]",
                                  "'nowhere' is not a declared state"});
}

TEST(UndefinedGroup, InInitial) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(15, "  at_risk: {adult: 5, kids: 3}"));
    expect_only(errors_of(path),
                {path, 15, 29, "initial.at_risk.kids", "'kids' is not a declared group", true});
}

TEST(UndefinedGroup, InPriority) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(7, "priority: [family, kids]"));
    const auto errors = errors_of(path);
    expect_only(errors, {path, 7, 20, "priority[1]", "'kids' is not a declared group", true});
    if (!errors.empty()) {
        EXPECT_TRUE(contains(errors[0].message, "(groups: adult, family)")) << errors[0].message;
    }
}

TEST(UndefinedExit, InAStaffEffect) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(41, "          - {state: shelter, exit: vanished, relative_risk: 1.5}"));
    expect_only(errors_of(path), {path, 41, 36, "options.coach.staff.coach.effects[0].exit",
                                  "state 'shelter' has no exit named 'vanished'"});
}

// ---------------------------------------------------------------------------------------------
// Checks across fields

TEST(Capacity, BelowTheInitialStock) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(11,
                  "  shelter: {kind: acute, cost_per_day: 1000, capacity: 5, overflow: hotel}"));
    expect_only(errors_of(path),
                {path, 11, 56, "states.shelter.capacity",
                 "capacity 5 is below the 10 households placed here initially", true});
}

TEST(Capacity, EqualToTheInitialStockIsAccepted) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(11,
                  "  shelter: {kind: acute, cost_per_day: 1000, capacity: 10, overflow: hotel}"));
    const Scenario s = load_scenario(path);
    EXPECT_EQ(s.option("do_nothing").spec.states[shelter].capacity, std::optional<std::size_t>(10));
}

TEST(Overflow, Loop) {
    // hotel overflows back into shelter, which overflows into hotel.
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(12,
                  "  hotel: {kind: acute, cost_per_day: 400, capacity: 50, overflow: shelter}"));
    expect_only(errors_of(path), {path, 11, 70, "states.shelter.overflow",
                                  "overflows loop: shelter -> hotel -> shelter", true});
}

TEST(Overflow, ArrivalsIntoACapacityLimitedStateWithoutOverflow) {
    const TempDir dir;
    const auto path =
        dir.write("s.yaml", edit_line(10, "  at_risk: {kind: housed, capacity: 100}"));
    expect_only(errors_of(path),
                {path, 18, 11, "arrivals[0].into",
                 "households arrive in 'at_risk', which has a capacity but no overflow chain",
                 true});
}

TEST(ZeroDelay, CycleBetweenTwoStates) {
    // at_risk -> shelter and shelter -> at_risk, both {dist: fixed, days: 0}.
    const TempDir dir;
    std::string text = edit_line(22, "    - {name: resolved, to: shelter, p: 0.6, delay: {dist: "
                                     "fixed, days: 0}}");
    text = edit_line(text, 26,
                     "    - {name: housed, to: at_risk, p: 0.7, delay: {dist: fixed, days: 0}}");
    const auto path = dir.write("s.yaml", text);
    expect_only(errors_of(path),
                {path, 22, 5, "exits.at_risk",
                 "moves with zero delay form a cycle (at_risk -> shelter -> at_risk)", true});
}

TEST(ZeroDelay, OneWayZeroDelayIsAccepted) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(26, "    - {name: housed, to: at_risk, p: 0.7, delay: {dist: fixed, "
                                "days: 0}}"));
    const Scenario s = load_scenario(path);
    const auto& exit = s.option("do_nothing").spec.exits[shelter][0];
    EXPECT_EQ(exit.destination[adult], std::optional<std::size_t>(at_risk));
    EXPECT_DOUBLE_EQ(exit.delay[adult].mean, 0.0);
}

// ---------------------------------------------------------------------------------------------
// Required keys, the baseline, options

TEST(Required, HorizonYearsMissing) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(2, "# no horizon"));
    // Reported on the root map, whose first key is `name` on line 1.
    expect_only(errors_of(path), {path, 1, 1, "", "needs 'horizon_years'"});
}

TEST(Required, NameMissing) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(1, "# no name"));
    // Reported on the root map, whose first key is now `horizon_years` on line 2.
    expect_only(errors_of(path), {path, 2, 1, "", "needs 'name'"});
}

TEST(Baseline, NotDefined) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(3, "baseline: status_quo"));
    expect_only(errors_of(path),
                {path, 3, 11, "baseline", "the baseline option 'status_quo' is not defined"});
}

TEST(Options, MayNotAddAState) {
    const TempDir dir;
    const auto path =
        dir.write("s.yaml", edit_line(32, "  do_nothing: {states: {motel: {kind: acute}}}"));
    expect_only(errors_of(path), {path, 32, 32, "options.do_nothing.states.motel",
                                  "options may change states, not add them: declare 'motel'"});
}

// ---------------------------------------------------------------------------------------------
// Files: syntax, empty, missing, directories, extends loops

TEST(Files, BrokenYamlSyntax) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(3, "baseline: do_nothing: x"));
    expect_only(errors_of(path), {path, 3, 21, "", "not valid YAML: illegal map value"});
}

TEST(Files, UnclosedFlowSequence) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(7, "priority: [family, adult"));
    // yaml-cpp notices at the next line's first token.
    expect_only(errors_of(path),
                {path, 8, 7, "", "not valid YAML: end of sequence flow not found"});
}

TEST(Files, Empty) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", "");
    expect_only(errors_of(path), {path, 0, 0, "", "the file is empty"});
}

TEST(Files, OnlyComments) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", "# nothing here\n\n");
    expect_only(errors_of(path), {path, 0, 0, "", "the file is empty"});
}

TEST(Files, Missing) {
    const TempDir dir;
    const std::string path = (dir.path() / "absent.yaml").string();
    expect_only(errors_of(path), {path, 0, 0, "", "file not found"});
}

TEST(Files, DirectoryGivenAsFile) {
    const TempDir dir;
    const fs::path sub = dir.path() / "looks_like.yaml";
    fs::create_directory(sub);
    expect_only(errors_of(sub.string()),
                {sub.string(), 0, 0, "", "is a directory, not a scenario file"});
}

TEST(Files, ExtendsLoopBetweenTwoFiles) {
    const TempDir dir;
    const auto a = dir.write("a.yaml", "extends: b.yaml\nname: a\n");
    dir.write("b.yaml", "extends: a.yaml\nname: b\n");
    const auto errors = errors_of(a);
    expect_only(errors, {a, 0, 0, "", "extends itself through a loop of files"});
}

// ---------------------------------------------------------------------------------------------
// Every error in a file, and the text form

TEST(AllErrors, ThreeIndependentErrorsGiveThreeDiagnostics) {
    const TempDir dir;
    std::string text = edit_line(
        11, "  shelter: {kind: acute, cost_per_day: lots, capacity: 20, overflow: hotel}");
    text = edit_line(text, 18, "  - into: nowhere");
    text = edit_line(text, 39, "        serves: [shelter, elsewhere]");
    const auto path = dir.write("s.yaml", text);
    const auto errors = errors_of(path);
    ASSERT_EQ(errors.size(), 3U) << dump(errors);
    expect_diagnostic(errors[0], {path, 11, 40, "states.shelter.cost_per_day",
                                  "expected a number, found 'lots'", true});
    expect_diagnostic(
        errors[1], {path, 18, 11, "arrivals[0].into", "'nowhere' is not a declared state", true});
    expect_diagnostic(errors[2], {path, 39, 27, "options.coach.staff.coach.serves[1]",
                                  "'elsewhere' is not a declared state"});
}

TEST(Format, FileLineColumnFieldMessage) {
    const Diagnostic d{"dir/s.yaml", 12, 7, "states.shelter.capacity", "too small"};
    EXPECT_EQ(d.format(), "dir/s.yaml:12:7: error: states.shelter.capacity: too small");
}

TEST(Format, FileLevelErrorHasNoLineOrField) {
    const Diagnostic d{"dir/s.yaml", 0, 0, "", "file not found"};
    EXPECT_EQ(d.format(), "dir/s.yaml: error: file not found");
}

TEST(Format, OfARealDiagnosticAndTheExceptionText) {
    const TempDir dir;
    std::string text = edit_line(2, "horizon_years: two");
    text = edit_line(text, 3, "baseline: status_quo");
    const auto path = dir.write("s.yaml", text);
    try {
        (void)load_scenario(path);
        FAIL() << "loaded without error";
    } catch (const ScenarioError& e) {
        ASSERT_EQ(e.diagnostics().size(), 2U) << dump(e.diagnostics());
        const std::string first =
            path + ":2:16: error: horizon_years: expected a number, found 'two'";
        const std::string second =
            path + ":3:11: error: baseline: the baseline option 'status_quo' is not defined";
        EXPECT_EQ(e.diagnostics()[0].format(), first);
        EXPECT_EQ(e.diagnostics()[1].format(), second);
        EXPECT_EQ(std::string(e.what()), first + "\n" + second);
    }
}

// ---------------------------------------------------------------------------------------------
// extends: and extends_option:

TEST(Extends, ChildOverridesOneKeyAndKeepsTheRest) {
    const TempDir dir;
    dir.write("base.yaml", base_yaml);
    const auto child = dir.write("child.yaml", "extends: base.yaml\n"
                                               "name: child\n"
                                               "states:\n"
                                               "  shelter: {cost_per_day: 1500}\n");
    const Scenario s = load_scenario(child);
    EXPECT_EQ(s.name, "child");
    ASSERT_EQ(s.options.size(), 2U);
    const auto& spec = s.option("do_nothing").spec;
    ASSERT_EQ(spec.states.size(), 5U);
    const auto& st = spec.states[shelter];
    EXPECT_EQ(st.name, "shelter");
    EXPECT_EQ(st.cost_per_day, (std::vector<double>{1500.0, 1500.0}));
    EXPECT_EQ(st.kind, hcsim::model::StateKind::acute);
    EXPECT_EQ(st.capacity, std::optional<std::size_t>(20));
    EXPECT_EQ(st.overflow, std::optional<std::size_t>(hotel));
    EXPECT_EQ(spec.states[hotel].cost_per_day, (std::vector<double>{400.0, 400.0}));
    EXPECT_EQ(spec.states[own_lease].name, "own_lease");
    EXPECT_DOUBLE_EQ(spec.horizon_days, 2 * 365.0);
    ASSERT_EQ(spec.arrivals.size(), 1U);
    EXPECT_EQ(spec.arrivals[0].into, at_risk);
    // The base's options come through too.
    ASSERT_EQ(s.option("coach").spec.staff.size(), 1U);
}

TEST(Extends, ChildListReplacesTheBaseListWhole) {
    const TempDir dir;
    dir.write("base.yaml", base_yaml);
    const auto child = dir.write("child.yaml", "extends: base.yaml\n"
                                               "name: child\n"
                                               "arrivals:\n"
                                               "  - into: hotel\n"
                                               "    per_year: 7\n");
    const Scenario s = load_scenario(child);
    const auto& arrivals = s.option("do_nothing").spec.arrivals;
    ASSERT_EQ(arrivals.size(), 1U);
    EXPECT_EQ(arrivals[0].into, hotel);
    EXPECT_EQ(arrivals[0].per_year, (std::vector<double>{7.0, 7.0}));
}

TEST(Extends, ErrorInTheBaseNamesTheBaseFile) {
    const TempDir dir;
    const auto base = dir.write(
        "base.yaml",
        edit_line(11, "  shelter: {kind: acute, cost_per_day: 1000, capacity: 20, overflow: hotel, "
                      "bogus: 1}"));
    const auto child = dir.write("child.yaml", "extends: base.yaml\nname: child\n");
    const auto errors = errors_of(child);
    ASSERT_EQ(errors.size(), 1U) << dump(errors);
    EXPECT_EQ(fs::path(errors[0].file).filename(), "base.yaml");
    EXPECT_TRUE(fs::equivalent(errors[0].file, base)) << errors[0].file;
    expect_diagnostic(
        errors[0], {errors[0].file, 11, 77, "states.shelter.bogus", "unknown key 'bogus'", true});
}

TEST(Extends, ErrorInTheChildNamesTheChildFile) {
    const TempDir dir;
    dir.write("base.yaml", base_yaml);
    const auto child = dir.write("child.yaml", "extends: base.yaml\n"
                                               "name: child\n"
                                               "states:\n"
                                               "  shelter: {cost_per_day: -1}\n");
    expect_only(errors_of(child),
                {child, 4, 27, "states.shelter.cost_per_day", "must lie between 0 and", true});
}

constexpr const char* extended_option = R"(  more_coach:
    extends_option: coach
    staff:
      coach: {fte: 5})";

TEST(ExtendsOption, OverridesOneStaffKeyAndKeepsTheOthers) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", std::string(base_yaml) + extended_option + "\n");
    const Scenario s = load_scenario(path);
    ASSERT_EQ(s.options.size(), 3U);
    EXPECT_EQ(s.options[2].name, "more_coach");
    const auto& staff = s.option("more_coach").spec.staff;
    ASSERT_EQ(staff.size(), 1U);
    EXPECT_EQ(staff[0].role, "coach");
    EXPECT_DOUBLE_EQ(staff[0].fte, 5.0);
    EXPECT_DOUBLE_EQ(staff[0].cost_per_fte_year, 600000.0);
    EXPECT_DOUBLE_EQ(staff[0].caseload_per_fte, 15.0);
    EXPECT_EQ(staff[0].serves, (std::vector<std::size_t>{shelter, hotel}));
    ASSERT_EQ(staff[0].effects.size(), 1U);
    EXPECT_EQ(staff[0].effects[0].state, shelter);
    EXPECT_DOUBLE_EQ(staff[0].effects[0].relative_risk, 1.5);
    // The option extended is unchanged.
    const auto& original = s.option("coach").spec.staff;
    ASSERT_EQ(original.size(), 1U);
    EXPECT_DOUBLE_EQ(original[0].fte, 2.0);
}

TEST(ExtendsOption, UnknownKeyInTheOverrideIsReported) {
    const TempDir dir;
    const auto path =
        dir.write("s.yaml", std::string(base_yaml) + "  more_coach:\n"
                                                     "    extends_option: coach\n"
                                                     "    staff:\n"
                                                     "      coach: {fte: 5, bogus: 1}\n");
    expect_only(errors_of(path),
                {path, 45, 23, "options.more_coach.staff.coach.bogus", "unknown key 'bogus'"});
}

// ---------------------------------------------------------------------------------------------
// Bugs found while writing these tests, now fixed

TEST(FieldPaths, ValueOutsideOptionsIsNotReportedUnderAnOption) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(11,
                  "  shelter: {kind: acute, cost_per_day: 1000, capacity: 5, overflow: hotel}"));
    const auto errors = errors_of(path);
    ASSERT_EQ(errors.size(), 1U) << dump(errors);
    EXPECT_EQ(errors[0].field, "states.shelter.capacity");
}

TEST(UnknownKey, DuplicateKeyInAState) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(10, "  at_risk: {kind: housed, kind: acute}"));
    const auto errors = errors_of(path);
    ASSERT_EQ(errors.size(), 1U) << dump(errors);
    EXPECT_EQ(errors[0].line, 10);
    EXPECT_EQ(errors[0].column, 27);
    EXPECT_TRUE(contains(errors[0].message, "kind")) << errors[0].message;
}

} // namespace
