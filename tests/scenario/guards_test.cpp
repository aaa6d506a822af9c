// The guards of issue 19: the nesting pre-scan (neither fooled by quotes nor refusing valid
// YAML), control characters in names and texts, duplicate exit names, all-zero empirical
// weights, --set messages that quote the override, --limit values, and that many groups,
// states and options are read (the quadratic loops are gone; their time is measured in
// docs/reliability.md, not asserted here).
#include "hcsim/scenario/limits.hpp"
#include "validation_fixture.hpp"

namespace {
using namespace hcsim::test::validation;
using hcsim::scenario::Limits;
using hcsim::scenario::set_limit;

std::vector<Diagnostic> errors_with(const std::string& path,
                                    const hcsim::scenario::ParameterOverrides& overrides,
                                    const Limits& limits = {}) {
    try {
        (void)load_scenario(path, overrides, limits);
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    return {};
}

bool any_message_has(const std::vector<Diagnostic>& errors, const std::string& text) {
    return std::any_of(errors.begin(), errors.end(), [&](const Diagnostic& d) {
        return d.message.find(text) != std::string::npos;
    });
}

// ---------------------------------------------------------------------------------------------
// The nesting pre-scan: valid YAML it used to refuse, and bombs it used to let through

TEST(NestingScan, BracketsInBlockScalarAreText) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(1, "name: test\ntitle: |\n  " + std::string(40, '[') + " see table"));
    EXPECT_NO_THROW((void)load_scenario(path));
}

TEST(NestingScan, BlockScalarLinesIndentingOneMoreEachAreText) {
    std::string note = "name: test\nsource: >-\n";
    for (int i = 0; i < 40; ++i) {
        note +=
            std::string(2 + static_cast<std::size_t>(i), ' ') + "step " + std::to_string(i) + "\n";
    }
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(1, note.substr(0, note.size() - 1)));
    EXPECT_NO_THROW((void)load_scenario(path));
}

TEST(NestingScan, DoubledQuoteInsideSingleQuotesDoesNotEndThem) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(1, "name: test\ntitle: 'District''s plan " +
                                                           std::string(40, '[') + "'"));
    EXPECT_NO_THROW((void)load_scenario(path));
}

TEST(NestingScan, EscapedQuoteInsideDoubleQuotesDoesNotEndThem) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(1, "name: test\ntitle: \"a \\\" b " + std::string(40, '{') + "\""));
    EXPECT_NO_THROW((void)load_scenario(path));
}

TEST(NestingScan, ApostropheInPlainScalarDoesNotHideABracketBomb) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", "name: b\ntitle: the 'plan\nsource: " + std::string(100000, '[') + "\n");
    const auto errors = errors_with(path, {});
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 3);
    EXPECT_NE(errors[0].message.find("nesting_depth"), std::string::npos) << errors[0].message;
}

TEST(NestingScan, ApostropheOnContinuationLineDoesNotHideABracketBomb) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", "name: b\ntitle: the plan\n  'continued\nsource: " +
                                              std::string(100000, '[') + "\n");
    const auto errors = errors_with(path, {});
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 4);
    EXPECT_NE(errors[0].message.find("nesting_depth"), std::string::npos) << errors[0].message;
}

TEST(NestingScan, BlockScalarEndsAtItsKeysIndentation) {
    // The bomb after a block scalar, at the key's indentation, is not the scalar's text.
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", "name: b\ntitle: |\n  text\nsource: " + std::string(100000, '[') + "\n");
    const auto errors = errors_with(path, {});
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 4);
}

// ---------------------------------------------------------------------------------------------
// Names and texts, exits, weights

TEST(Names, ControlCharacterInAnOptionNameIsRefusedWithItsPosition) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(33, "  \"co\\x01ach\":"));
    const auto errors = errors_with(path, {});
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 33);
    EXPECT_EQ(errors[0].column, 3);
    EXPECT_NE(errors[0].message.find("U+0001"), std::string::npos) << errors[0].message;
}

TEST(Names, ControlCharacterInAStateNameIsRefused) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(13, "  \"ho\\ttel\": {kind: acute}"));
    EXPECT_TRUE(any_message_has(errors_with(path, {}), "U+0009"));
}

TEST(Names, ControlCharactersInATextAreAllowed) {
    // Titles are text: the CSVs quote them, the report drops control characters.
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(33, "  coach:\n    title: \"two\\nlines\""));
    EXPECT_NO_THROW((void)load_scenario(path));
}

TEST(Names, CommasAndFormulaCharactersAreAllowedInNames) {
    // The CSV writers quote and guard them (report tests); refusing them is not needed.
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(33, "  \"=coach, 2 FTE\":"));
    EXPECT_NO_THROW((void)load_scenario(path));
}

TEST(Exits, DuplicateNameInOneStateIsRefused) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(24, "    - {name: resolved, to: left_area, p: 0.1, delay: {dist: "
                                "exponential, mean_days: 90}}"));
    const auto errors = errors_with(path, {});
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 24);
    EXPECT_NE(errors[0].message.find("already has an exit named 'resolved'"), std::string::npos);
}

TEST(Exits, SameNameInTwoStatesIsFine) {
    // 'housed' leaves both shelter and hotel in the base scenario.
    const TempDir dir;
    EXPECT_NO_THROW((void)load_scenario(dir.write("s.yaml", base_yaml)));
}

TEST(Delays, AllZeroEmpiricalWeightsAreRefused) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(26, "    - {name: housed, to: own_lease, p: 0.7, delay: {dist: empirical, "
                      "days: [100, 200], weights: [0, 0]}}"));
    EXPECT_TRUE(any_message_has(errors_with(path, {}), "are all zero"));
}

TEST(Delays, ZeroWeightsSetByOverrideAreRefused) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        edit_line(26, "    - {name: housed, to: own_lease, p: 0.7, delay: {dist: empirical, "
                      "days: [100, 200], weights: [0, 1]}}"));
    EXPECT_TRUE(any_message_has(errors_with(path, {{"exits.shelter[0].delay.weights[1]", 0.0}}),
                                "are all zero"));
}

// ---------------------------------------------------------------------------------------------
// --set messages quote the override

TEST(Overrides, HorizonOverTheLimitQuotesTheOverride) {
    const TempDir dir;
    const auto errors = errors_with(dir.write("s.yaml", base_yaml), {{"horizon_years", 1000.0}});
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_NE(errors[0].message.find("--set horizon_years=1000: a horizon of 1000 years"),
              std::string::npos)
        << errors[0].message;
}

TEST(Overrides, FractionalCapacityQuotesTheOverride) {
    const TempDir dir;
    const auto errors =
        errors_with(dir.write("s.yaml", base_yaml), {{"states.shelter.capacity", 10.5}});
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].line, 11); // at the capacity the override replaced
    EXPECT_NE(errors[0].message.find("--set states.shelter.capacity=10.5: must be a whole number, "
                                     "found 10.5"),
              std::string::npos)
        << errors[0].message;
}

// ---------------------------------------------------------------------------------------------
// --limit values

TEST(LimitValues, FractionsZeroAndAbsurdValuesAreRefused) {
    Limits limits;
    EXPECT_TRUE(set_limit(limits, "events=0.5").has_value());
    EXPECT_TRUE(set_limit(limits, "nesting_depth=0").has_value());
    EXPECT_TRUE(set_limit(limits, "yaml_values=1e12").has_value());
    EXPECT_TRUE(set_limit(limits, "file_bytes=1e12").has_value());
    EXPECT_TRUE(set_limit(limits, "households=inf").has_value());
    EXPECT_EQ(limits.events, Limits{}.events); // nothing refused was applied
    EXPECT_EQ(limits.yaml_values, Limits{}.yaml_values);
}

TEST(LimitValues, WholeValuesUpToTheCeilingAreApplied) {
    Limits limits;
    EXPECT_FALSE(set_limit(limits, "events=5e7").has_value());
    EXPECT_EQ(limits.events, 5e7);
    EXPECT_FALSE(set_limit(limits, "yaml_values=" + std::to_string(static_cast<long long>(
                                                        hcsim::scenario::max_limits.yaml_values)))
                     .has_value());
    EXPECT_EQ(limits.yaml_values, hcsim::scenario::max_limits.yaml_values);
}

TEST(LimitValues, ValuesMessageBlamesAliasesOnlyWhenThereAreSome) {
    std::string many = "name: g\nhorizon_years: 1\ngroups:\n";
    for (int i = 0; i < 30; ++i) {
        many += "  g" + std::to_string(i) + ": {}\n";
    }
    Limits limits;
    ASSERT_FALSE(set_limit(limits, "yaml_values=20").has_value());
    const TempDir dir;
    const auto plain = errors_with(dir.write("plain.yaml", many), {}, limits);
    ASSERT_EQ(plain.size(), 1U);
    EXPECT_EQ(plain[0].message.find("alias"), std::string::npos) << plain[0].message;
    const auto aliased = errors_with(
        dir.write("aliased.yaml", "a: &x [1, 2, 3, 4, 5, 6, 7]\nb: [*x, *x, *x, *x]\nname: g\n"),
        {}, limits);
    ASSERT_EQ(aliased.size(), 1U);
    EXPECT_NE(aliased[0].message.find("aliases repeat"), std::string::npos) << aliased[0].message;
}

// ---------------------------------------------------------------------------------------------
// Many groups, states and options (these took minutes with the quadratic loops)

TEST(Sizes, ThirtyThousandGroupsAreRead) {
    std::string text = "name: g\nhorizon_years: 1\ngroups:\n";
    for (int i = 0; i < 30000; ++i) {
        text += "  g" + std::to_string(i) + ": {}\n";
    }
    text += "states:\n  a: {kind: acute}\ninitial: {a: {g7: 1}}\noptions: {do_nothing: {}}\n";
    const TempDir dir;
    const auto s = load_scenario(dir.write("s.yaml", text));
    EXPECT_EQ(s.options[0].spec.groups.size(), 30000U);
    EXPECT_EQ(s.options[0].spec.groups[29999].name, "g29999");
}

TEST(Sizes, TenThousandStatesInAnOverflowChainAreRead) {
    // Also deep for the overflow-cycle search, which must not recurse once per state.
    // One replication: 10,000 states make 800 MB of transitions per replication (result_bytes).
    std::string text =
        "name: st\nhorizon_years: 1\nreplications: 1\ngroups: {adult: {}}\nstates:\n";
    for (int i = 0; i < 10000; ++i) {
        text += "  s" + std::to_string(i) + ": {kind: acute" +
                (i + 1 < 10000 ? ", capacity: 5, overflow: s" + std::to_string(i + 1) : "") + "}\n";
    }
    text += "initial: {s0: {adult: 1}}\noptions: {do_nothing: {}}\n";
    const TempDir dir;
    const auto s = load_scenario(dir.write("s.yaml", text));
    EXPECT_EQ(s.options[0].spec.states.size(), 10000U);
}

TEST(Sizes, OptionsExtendingEachOtherTooDeeplyAreRefused) {
    std::string text = base_yaml;
    for (int i = 0; i < 20; ++i) {
        // Appended piece by piece: GCC 12 warns falsely on "o" + std::to_string(...) (-Wrestrict).
        text += "  o";
        text += std::to_string(i);
        text += ": {extends_option: ";
        if (i < 19) {
            text += 'o';
            text += std::to_string(i + 1);
        } else {
            text += "coach";
        }
        text += "}\n";
    }
    const TempDir dir;
    EXPECT_TRUE(any_message_has(errors_with(dir.write("s.yaml", text), {}), "more than 16 deep"));
}

} // namespace
