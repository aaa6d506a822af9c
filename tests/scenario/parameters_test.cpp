// The parameter registry: every number read is listed with its field path, unit and source;
// numbers may be written in map form (value, uncertainty, calibration bounds); overrides
// replace them by field path. Bad map forms and overrides are errors with file/line/column.
#include "hcsim/report/writers.hpp"
#include "validation_fixture.hpp"

#include <boost/math/distributions/lognormal.hpp>

namespace {
using namespace hcsim::test::validation;
using hcsim::scenario::ParameterOverrides;
using hcsim::scenario::ParameterSite;
using hcsim::scenario::Uncertainty;

const ParameterSite& site(const Scenario& s, const std::string& field) {
    for (const auto& p : s.parameters) {
        if (p.field == field) {
            return p;
        }
    }
    throw std::runtime_error("no parameter " + field);
}

std::vector<Diagnostic> errors_with(const std::string& path, const ParameterOverrides& o) {
    try {
        (void)load_scenario(path, o);
        ADD_FAILURE() << path << " loaded without error";
    } catch (const ScenarioError& e) {
        return e.diagnostics();
    }
    return {};
}

TEST(Parameters, EveryNumberIsListedOnceWithPathUnitAndLocation) {
    const TempDir dir;
    const std::string path = dir.write("base.yaml", base_yaml);
    const Scenario s = load_scenario(path);
    const auto& capacity = site(s, "states.shelter.capacity");
    EXPECT_DOUBLE_EQ(capacity.value, 20.0);
    EXPECT_EQ(capacity.unit, "places");
    EXPECT_EQ(capacity.file, path);
    EXPECT_EQ(capacity.line, 11);
    const auto& fte = site(s, "options.coach.staff.coach.fte");
    EXPECT_DOUBLE_EQ(fte.value, 2.0);
    EXPECT_EQ(fte.unit, "FTE");
    EXPECT_EQ(site(s, "exits.at_risk[1].p").unit, "probability");
    EXPECT_EQ(site(s, "arrivals[0].per_year.family").unit, "households/year");
    // Base fields are read once per option but listed once; run settings are not parameters.
    for (std::size_t i = 0; i < s.parameters.size(); ++i) {
        for (std::size_t j = i + 1; j < s.parameters.size(); ++j) {
            EXPECT_NE(s.parameters[i].field, s.parameters[j].field);
        }
        EXPECT_NE(s.parameters[i].field, "seed");
    }
}

TEST(Parameters, ObservedValidationFiguresAreNotParameters) {
    // They carry their own source and feed no model: listing them as parameters showed them
    // as unsourced assumptions in assumptions.csv and the report.
    const Scenario s =
        load_scenario(std::string(HCSIM_SOURCE_DIR) + "/scenarios/norrmalm-2018-bolots.yaml");
    ASSERT_FALSE(s.validation.empty());
    ASSERT_FALSE(s.parameters.empty());
    for (const auto& p : s.parameters) {
        EXPECT_FALSE(p.field.starts_with("validation")) << p.field;
    }
}

// A number's source: its own map form's `source:`, else the comment on its own line, else the
// `source:` of the map it is written in; never a comment on a parent key or a line above
// (scenarios/README.md, "Numbers: sources").
TEST(Parameters, SourceIsTheOwnLineCommentElseTheEntrysSourceNeverTheParents) {
    const TempDir dir;
    std::string text = edit_line(11, "  shelter: {kind: acute, cost_per_day: 1000, capacity: 20, "
                                     "overflow: hotel}   # seed 004: 20 places");
    text = edit_line(text, 2, "# assumption: two budget years\nhorizon_years: 2");
    // Line numbers below are after the inserted comment line (+1).
    text = edit_line(text, 22, "  at_risk:                 # seed 000: arrears often resolve");
    text = edit_line(text, 23,
                     "    - {name: resolved, to: own_lease, p: 0.6, delay: {dist: exponential, "
                     "mean_days: 45}, source: assumption}");
    text = edit_line(text, 27,
                     "    - {name: housed, to: own_lease, p: 0.7, delay: {dist: exponential, "
                     "mean_days: 200}, source: \"seed 001: x\"}   # assumption: y");
    text = edit_line(text, 28,
                     "    - {name: left, to: left_area, p: 0.3, delay: {dist: exponential, "
                     "mean_days: 100}, source: \"seed 002: z\"}");
    const Scenario s = load_scenario(dir.write("commented.yaml", text));
    EXPECT_EQ(site(s, "states.shelter.capacity").source, "seed 004: 20 places");
    EXPECT_EQ(site(s, "horizon_years").source, "") << "a whole-line comment is not a source";
    EXPECT_EQ(site(s, "states.hotel.cost_per_day").source, "");
    EXPECT_EQ(site(s, "exits.at_risk[0].p").source, "assumption") << "the entry's own source";
    EXPECT_EQ(site(s, "exits.at_risk[0].p").entry_source, "assumption");
    EXPECT_EQ(site(s, "exits.at_risk[1].p").source, "") << "not the parent key's comment";
    EXPECT_EQ(site(s, "exits.at_risk[0].delay.mean_days").source, "")
        << "the delay map has no source of its own";
    EXPECT_EQ(site(s, "exits.shelter[0].p").source, "assumption: y") << "own line first";
    EXPECT_EQ(site(s, "exits.shelter[1].p").source, "seed 002: z");
}

TEST(Parameters, MapFormWithValueAndSourceEqualsThePlainNumber) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write(
        "map.yaml", edit_line(36, "        fte: {value: 2.5, source: \"seed 000, 1 FTE\"}")));
    const auto& fte = site(s, "options.coach.staff.coach.fte");
    EXPECT_DOUBLE_EQ(fte.value, 2.5);
    EXPECT_EQ(fte.source, "seed 000, 1 FTE");
    EXPECT_DOUBLE_EQ(s.option("coach").spec.staff[0].fte, 2.5);
}

TEST(Parameters, UncertainValueUsesItsMedianAndKeepsTheDistribution) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write(
        "dist.yaml", edit_line(41, "          - {state: shelter, exit: housed, relative_risk: "
                                   "{dist: lognormal, median: 1.5, p95: 2.2}}")));
    const auto& rr = site(s, "options.coach.staff.coach.effects[0].relative_risk");
    ASSERT_TRUE(rr.uncertainty.has_value());
    EXPECT_EQ(rr.uncertainty->kind, Uncertainty::Kind::lognormal);
    EXPECT_NEAR(rr.value, 1.5, 1e-12);
    EXPECT_NEAR(rr.uncertainty->quantile(0.95), 2.2, 1e-9);
    EXPECT_EQ(rr.uncertainty->describe(), "lognormal(median 1.5, p95 2.2)");
    EXPECT_NEAR(s.option("coach").spec.staff[0].effects[0].relative_risk, 1.5, 1e-12);
}

TEST(Parameters, BetaByMeanAndSdHasThatMeanAndSd) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write(
        "beta.yaml", edit_line(41, "          - {state: shelter, exit: housed, relative_risk: "
                                   "{value: 1.5, dist: beta, mean: 0.3, sd: 0.1}}")));
    const auto& u = *site(s, "options.coach.staff.coach.effects[0].relative_risk").uncertainty;
    const double mean = u.a / (u.a + u.b);
    const double variance = u.a * u.b / ((u.a + u.b) * (u.a + u.b) * (u.a + u.b + 1.0));
    EXPECT_NEAR(mean, 0.3, 1e-12);
    EXPECT_NEAR(std::sqrt(variance), 0.1, 1e-12);
}

TEST(Parameters, TriangularAndUniformQuantiles) {
    const Uncertainty triangle{Uncertainty::Kind::triangular, 0.0, 1.0, 2.0};
    EXPECT_NEAR(triangle.median(), 1.0, 1e-12);
    EXPECT_NEAR(triangle.quantile(0.125), 0.5, 1e-12); // F(x) = x²/2 on [0, 1]
    const Uncertainty flat{Uncertainty::Kind::uniform, 2.0, 4.0, 0.0};
    EXPECT_NEAR(flat.quantile(0.25), 2.5, 1e-12);
}

TEST(Parameters, CalibrationBoundsAreRead) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write(
        "cal.yaml",
        edit_line(26, "    - {name: housed, to: own_lease, p: 0.7, delay: {dist: exponential, "
                      "mean_days: {value: 200, calibrate: {min: 50, max: 400}}}}")));
    const auto& mean = site(s, "exits.shelter[0].delay.mean_days");
    ASSERT_TRUE(mean.calibrate.has_value());
    EXPECT_DOUBLE_EQ(mean.calibrate->min, 50.0);
    EXPECT_DOUBLE_EQ(mean.calibrate->max, 400.0);
    EXPECT_DOUBLE_EQ(mean.value, 200.0);
}

TEST(Parameters, OverrideReplacesTheValueInEveryOptionThatReadsIt) {
    const TempDir dir;
    const std::string path = dir.write("base.yaml", base_yaml);
    const Scenario s = load_scenario(
        path, {{"states.shelter.capacity", 35.0}, {"options.coach.staff.coach.fte", 4.0}});
    EXPECT_EQ(s.option("do_nothing").spec.states[shelter].capacity, std::optional<std::size_t>(35));
    EXPECT_EQ(s.option("coach").spec.states[shelter].capacity, std::optional<std::size_t>(35));
    EXPECT_EQ(s.option("coach").spec.staff[0].slots(), 60U); // 4 FTE x 15
    EXPECT_TRUE(site(s, "states.shelter.capacity").overridden);
    EXPECT_FALSE(site(s, "horizon_years").overridden);
}

TEST(Parameters, OverrideOfAnUnknownFieldIsAnError) {
    const TempDir dir;
    const std::string path = dir.write("base.yaml", base_yaml);
    const auto errors = errors_with(path, {{"states.shelter.capacty", 35.0}});
    expect_only(errors, {path, 0, 0, "states.shelter.capacty", "not a numeric field"});
}

TEST(Parameters, OverrideOutsideTheFieldsRangeIsAnError) {
    const TempDir dir;
    const std::string path = dir.write("base.yaml", base_yaml);
    const auto errors = errors_with(path, {{"exits.at_risk[0].p", 1.5}});
    ASSERT_FALSE(errors.empty());
    expect_diagnostic(errors[0],
                      {path, 22, 42, "exits.at_risk[0].p", "outside this field's range"});
}

TEST(Parameters, DistributionReachingOutsideTheRangeIsAnError) {
    const TempDir dir;
    const std::string path = dir.write(
        "wide.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: {dist: normal, mean: "
                                   "0.6, sd: 0.3}, delay: {dist: exponential, mean_days: 45}}"));
    const auto errors = errors_of(path);
    ASSERT_FALSE(errors.empty());
    expect_diagnostic(errors[0], {path, 22, 49, "exits.at_risk[0].p.dist", "outside this field"});
}

TEST(Parameters, DistributionKeysWithoutDistAreAnError) {
    const TempDir dir;
    const std::string path =
        dir.write("nodist.yaml", edit_line(36, "        fte: {value: 2, median: 2}"));
    expect_only(errors_of(path),
                {path, 36, 33, "options.coach.staff.coach.fte.median", "add 'dist'"});
}

TEST(Parameters, WholeNumberFieldsCannotBeUncertain) {
    const TempDir dir;
    const std::string path = dir.write(
        "int.yaml", edit_line(11, "  shelter: {kind: acute, cost_per_day: 1000, capacity: {value: "
                                  "20}, overflow: hotel}"));
    // The capacity it could not read also makes the overflow invalid: a second, true error.
    const auto errors = errors_of(path);
    ASSERT_FALSE(errors.empty());
    expect_diagnostic(errors[0], {path, 11, 56, "states.shelter.capacity", "whole number"});
}

TEST(Parameters, AssumptionsCsvQuotesSourcesWithCommas) {
    ParameterSite p;
    p.field = "states.shelter.cost_per_day";
    p.value = 1100;
    p.unit = "SEK/day";
    p.source = "PARAMETERS.md: acute housing ~1,100 SEK/night, \"Helsingborg\"";
    p.file = "s.yaml";
    p.line = 7;
    p.uncertainty = Uncertainty{Uncertainty::Kind::uniform, 900, 1300, 0};
    EXPECT_EQ(hcsim::report::assumptions_csv(hcsim::study::assumption_rows({p})),
              "field,value,unit,uncertainty,calibrate_min,calibrate_max,source,file,line\n"
              "states.shelter.cost_per_day,1100.0000,SEK/day,\"uniform(900, 1300)\",,,"
              "\"PARAMETERS.md: acute housing ~1,100 SEK/night, \"\"Helsingborg\"\"\",s.yaml,7\n");
}

} // namespace

TEST(Options, TitleIsReadForReportsAndIsNotAParameter) {
    const TempDir dir;
    std::string text = base_yaml;
    const std::string coach = "  coach:\n";
    text.insert(text.find(coach) + coach.size(), "    title: \"Coach, två årsarbetare\"\n");
    const Scenario s = load_scenario(dir.write("titled.yaml", text));
    EXPECT_EQ(s.option("coach").title, "Coach, två årsarbetare");
    EXPECT_EQ(s.option("do_nothing").title, "");
    for (const auto& p : s.parameters) {
        EXPECT_EQ(p.field.find("title"), std::string::npos) << p.field;
    }
}
