// `indicators:`: a scenario's own measures of success are read and resolved against its states,
// groups and calendar, and every bad one is refused at its file, line, column and field.
#include "validation_fixture.hpp"

#include <algorithm>

namespace hcsim::test::validation {

namespace {

using scenario::IndicatorMeasure;

// The base scenario with `lines` appended as its `indicators:` list; `header` replaces line 2.
std::string with_indicators(const std::string& lines,
                            const std::string& header = "horizon_years: 2") {
    return edit_line(2, header) + "indicators:\n" + lines;
}

// The base has 41 lines: the first indicator is on line 43.
constexpr int first_indicator_line = 43;

// One bad indicator (line 43, later by the header's extra lines): refused at the column where `at`
// starts in it.
void expect_refused(const std::string& item, const std::string& at, const std::string& field,
                    const std::string& phrase, const std::string& header = "horizon_years: 2") {
    const TempDir dir;
    const auto path = dir.write("s.yaml", with_indicators(item + "\n", header));
    const auto column = static_cast<int>(item.find(at)) + 1;
    ASSERT_GT(column, 0) << "'" << at << "' is not in " << item;
    const auto header_lines = static_cast<int>(std::count(header.begin(), header.end(), '\n'));
    expect_only(errors_of(path),
                {path, first_indicator_line + header_lines, column, field, phrase});
}

} // namespace

TEST(Indicators, EachMeasureIsResolvedAgainstTheModel) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml",
        with_indicators(
            "  - {name: in_shelter, measure: households_in, states: [shelter, hotel], month: 3,\n"
            "     title: In shelter, source: assumption}\n"
            "  - {name: families_out, measure: moves, from: [at_risk], to: [shelter],\n"
            "     group: family, title: Families, source: assumption}\n"
            "  - {name: stay, measure: mean_stay_days, state_kind: acute, title: Stay,\n"
            "     source: assumption}\n"
            "  - {name: reached, measure: share_served, states: [shelter], title: Reached,\n"
            "     source: assumption}\n"
            "  - {name: evicted, measure: metric, metric: evictions, title: Evicted,\n"
            "     source: assumption}\n"));
    const Scenario s = load_scenario(path);
    ASSERT_EQ(s.indicators.size(), 5U);
    const auto& count = s.indicators[0];
    EXPECT_EQ(count.name, "in_shelter");
    EXPECT_EQ(count.title, "In shelter");
    EXPECT_EQ(count.measure, IndicatorMeasure::households_in);
    EXPECT_EQ(count.states, (std::vector<std::size_t>{shelter, hotel}));
    EXPECT_EQ(count.month, 2U) << "month 3 of the run, 0-based";
    const auto& moves = s.indicators[1];
    EXPECT_EQ(moves.measure, IndicatorMeasure::moves);
    EXPECT_EQ(moves.from, std::vector<std::size_t>{at_risk});
    EXPECT_EQ(moves.to, std::vector<std::size_t>{shelter});
    ASSERT_TRUE(moves.group.has_value());
    EXPECT_EQ(*moves.group, family);
    EXPECT_EQ(s.indicators[2].measure, IndicatorMeasure::mean_stay_days);
    EXPECT_EQ(s.indicators[2].states, (std::vector<std::size_t>{shelter, hotel}))
        << "state_kind acute: both acute states";
    EXPECT_EQ(s.indicators[3].measure, IndicatorMeasure::share_served);
    EXPECT_EQ(s.indicators[4].measure, IndicatorMeasure::metric);
    EXPECT_EQ(s.indicators[4].metric, "evictions");
    EXPECT_EQ(s.indicators[4].source, "assumption");
    // A month is where to look, not an assumption of the model: no parameter, no --set.
    for (const auto& site : s.parameters) {
        EXPECT_FALSE(site.field.starts_with("indicators[")) << site.field;
    }
}

TEST(Indicators, ACalendarMonthIsTheLastOfItsNameUnlessAYearIsGiven) {
    // 1 May 2018, two years: September 2018 is simulated month 5, September 2019 month 17.
    const std::string start = "horizon_years: 2\nstart_date: 2018-05-01";
    const TempDir dir;
    const auto read = [&](const std::string& when) {
        const auto path = dir.write(
            "s.yaml",
            with_indicators("  - {name: september, measure: households_in, state_kind: acute, " +
                                when + ", title: September count, source: assumption}\n",
                            start));
        return load_scenario(path).indicators.at(0).month;
    };
    EXPECT_EQ(read("month: 9"), 16U);
    EXPECT_EQ(read("month: 9, year: 2018"), 4U);
    EXPECT_EQ(read("month: 5, year: 2018"), 0U);
    EXPECT_EQ(read("month: 4, year: 2020"), 23U);
    // A month the run does not reach, or a year without a start date, is refused.
    expect_refused("  - {name: late, measure: households_in, state_kind: acute, month: 9, "
                   "year: 2021, title: Late, source: assumption}",
                   "2021", "indicators[0].year", "the run has no such month", start);
    expect_refused("  - {name: late, measure: households_in, state_kind: acute, month: 9, "
                   "year: 2018, title: Late, source: assumption}",
                   "2018", "indicators[0].year", "needs the scenario's start_date");
    expect_refused("  - {name: late, measure: households_in, state_kind: acute, month: 25, "
                   "title: Late, source: assumption}",
                   "25", "indicators[0].month", "between 1 and 24");
}

TEST(Indicators, BadIndicatorsNameTheirFileLineColumnAndField) {
    expect_refused("  - {name: x, measure: weather, title: X, source: assumption}", "weather",
                   "indicators[0].measure", "households_in, moves");
    expect_refused("  - {name: x, measure: moves, from: [kitchen], title: X, source: assumption}",
                   "kitchen", "indicators[0].from[0]", "not a state");
    expect_refused("  - {name: x, measure: moves, from: [at_risk], group: cats, title: X, "
                   "source: assumption}",
                   "cats", "indicators[0].group", "not a group");
    expect_refused("  - {name: evictions, measure: metric, metric: evictions, title: X, "
                   "source: assumption}",
                   "evictions", "indicators[0].name", "already writes");
    expect_refused("  - {name: x, measure: metric, metric: cost_total_tkr, title: X, "
                   "source: assumption}",
                   "cost_total_tkr", "indicators[0].metric", "one of evictions");
    expect_refused("  - {name: x, measure: share_served, states: [shelter], month: 2, title: X, "
                   "source: assumption}",
                   "2", "indicators[0].month", "not a field of measure share_served");
    expect_refused("  - {name: x, measure: moves, title: X, source: assumption}", "{",
                   "indicators[0]", "needs 'from:' or 'to:'");
    expect_refused("  - {name: x, measure: moves, to: [shelter], title: X}", "{", "indicators[0]",
                   "needs 'source'");
    expect_refused("  - {name: Bad-Name, measure: moves, to: [shelter], title: X, source: a}",
                   "Bad-Name", "indicators[0].name", "is not a name");
}

TEST(Indicators, ANameUsedTwiceIsRefused) {
    const TempDir dir;
    const auto path =
        dir.write("s.yaml", with_indicators("  - {name: x, measure: moves, to: [shelter], "
                                            "title: X, source: a}\n"
                                            "  - {name: x, measure: moves, to: [hotel], "
                                            "title: Y, source: a}\n"));
    expect_only(errors_of(path),
                {path, first_indicator_line + 1, 12, "indicators[1].name", "named twice"});
}

} // namespace hcsim::test::validation
