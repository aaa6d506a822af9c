// Scenario files as a whole: syntax, empty and missing files, extends loops; every error in
// a file reported; the text form of a diagnostic; how extends and extends_option merge.
#include "validation_fixture.hpp"

namespace {
using namespace hcsim::test::validation;

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
                                  "expected a number, found 'lots'"});
    expect_diagnostic(errors[1],
                      {path, 18, 11, "arrivals[0].into", "'nowhere' is not a declared state"});
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
    expect_diagnostic(errors[0],
                      {errors[0].file, 11, 77, "states.shelter.bogus", "unknown key 'bogus'"});
}

TEST(Extends, ErrorInTheChildNamesTheChildFile) {
    const TempDir dir;
    dir.write("base.yaml", base_yaml);
    const auto child = dir.write("child.yaml", "extends: base.yaml\n"
                                               "name: child\n"
                                               "states:\n"
                                               "  shelter: {cost_per_day: -1}\n");
    expect_only(errors_of(child),
                {child, 4, 27, "states.shelter.cost_per_day", "must lie between 0 and"});
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
