// Scenario validation: every field-level and cross-field error the loader reports, with its
// file, line, column, field path and message.
//
// Each bad case is the valid base scenario (validation_fixture.hpp) with one line edited, so the
// expected line and column are known exactly. Every test writes its files to a fresh temporary
// directory.
#include "validation_fixture.hpp"

namespace {
using namespace hcsim::test::validation;

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
    expect_only(errors, {path, 11, 77, "states.shelter.bogus", "unknown key 'bogus'"});
    if (!errors.empty()) {
        EXPECT_TRUE(
            contains(errors[0].message, "kind, cost_per_day, capacity, capacity_changes, overflow"))
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
    expect_only(errors_of(path),
                {path, 11, 40, "states.shelter.cost_per_day", "expected a number, found 'lots'"});
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
                                  "must lie between 0 and 1e+06, found -5"});
}

TEST(OutOfRange, ProbabilityAboveOne) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: 1.5, delay: {dist: "
                                "exponential, mean_days: 45}}"));
    expect_only(errors_of(path),
                {path, 22, 42, "exits.at_risk[0].p", "must lie between 0 and 1, found 1.5"});
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
    expect_only(errors_of(path), {path, 11, 40, "states.shelter.cost_per_day", "found '.nan'"});
}

TEST(OutOfRange, InfinityIsNotANumber) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: .inf, delay: {dist: "
                                "exponential, mean_days: 45}}"));
    expect_only(errors_of(path), {path, 22, 42, "exits.at_risk[0].p", "found '.inf'"});
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
                         "exit probabilities for group 'family' sum to 0.9, not 1"});
}

TEST(ExitSum, EveryGroupOffIsReportedPerGroup) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(22, "    - {name: resolved, to: own_lease, p: 0.60000001, delay: "
                                "{dist: exponential, mean_days: 45}}"));
    const auto errors = errors_of(path);
    ASSERT_EQ(errors.size(), 2U) << dump(errors);
    expect_diagnostic(errors[0],
                      {path, 22, 5, "exits.at_risk", "group 'adult' sum to 1.00000001, not 1"});
    expect_diagnostic(errors[1],
                      {path, 22, 5, "exits.at_risk", "group 'family' sum to 1.00000001, not 1"});
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
    expect_only(errors, {path, 22, 28, "exits.at_risk[0].to", "'nowhere' is not a declared state"});
    if (!errors.empty()) {
        EXPECT_TRUE(contains(errors[0].message, "own_lease, at_risk, shelter, hotel, left_area"))
            << errors[0].message;
    }
}

TEST(UndefinedState, InArrivalsInto) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(18, "  - into: nowhere"));
    expect_only(errors_of(path),
                {path, 18, 11, "arrivals[0].into", "'nowhere' is not a declared state"});
}

TEST(UndefinedState, InStaffServes) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(39, "        serves: [shelter, nowhere]"));
    expect_only(errors_of(path), {path, 39, 27, "options.coach.staff.coach.serves[1]",
                                  "'nowhere' is not a declared state"});
}

TEST(StaffGroups, RestrictTheGroupsARoleTakesOn) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", edit_line(39, "        serves: [shelter, hotel]\n        groups: [family]"));
    const Scenario s = load_scenario(path);
    EXPECT_EQ(s.option("coach").spec.staff[0].groups, (std::vector<std::size_t>{family}));
    EXPECT_TRUE(s.option("coach").spec.staff[0].takes_group(family));
    EXPECT_FALSE(s.option("coach").spec.staff[0].takes_group(adult));
}

TEST(StaffGroups, UndefinedOrEmptyIsAnError) {
    const TempDir dir;
    const auto undefined = dir.write(
        "u.yaml",
        edit_line(39, "        serves: [shelter, hotel]\n        groups: [family, kids]"));
    expect_only(errors_of(undefined), {undefined, 40, 26, "options.coach.staff.coach.groups[1]",
                                       "'kids' is not a declared group"});
    const auto empty =
        dir.write("e.yaml", edit_line(39, "        serves: [shelter, hotel]\n        groups: []"));
    const auto errors = errors_of(empty);
    ASSERT_EQ(errors.size(), 1U);
    EXPECT_EQ(errors[0].line, 40);
    EXPECT_EQ(errors[0].field, "options.coach.staff.coach.groups");
}

TEST(UndefinedGroup, InInitial) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(15, "  at_risk: {adult: 5, kids: 3}"));
    expect_only(errors_of(path),
                {path, 15, 29, "initial.at_risk.kids", "'kids' is not a declared group"});
}

TEST(UndefinedGroup, InPriority) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", edit_line(7, "priority: [family, kids]"));
    const auto errors = errors_of(path);
    expect_only(errors, {path, 7, 20, "priority[1]", "'kids' is not a declared group"});
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
    expect_only(errors_of(path), {path, 11, 56, "states.shelter.capacity",
                                  "capacity 5 is below the 10 households placed here initially"});
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
                                  "overflows loop: shelter -> hotel -> shelter"});
}

TEST(Overflow, ArrivalsIntoACapacityLimitedStateWithoutOverflow) {
    const TempDir dir;
    const auto path =
        dir.write("s.yaml", edit_line(10, "  at_risk: {kind: housed, capacity: 100}"));
    expect_only(errors_of(path),
                {path, 18, 11, "arrivals[0].into",
                 "households arrive in 'at_risk', which has a capacity but no overflow chain"});
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
                 "moves with zero delay form a cycle (at_risk -> shelter -> at_risk)"});
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

} // namespace

namespace {
using namespace hcsim::test::validation;

TEST(StartDate, MustBeARealCalendarDay) {
    const TempDir dir;
    for (const std::string bad :
         {"2018-02-30", "2018-13-01", "2018-1-01", "18-01-01x", "2019-02-29"}) {
        const std::string path =
            dir.write("date.yaml", edit_line(2, "horizon_years: 2\nstart_date: " + bad));
        expect_only(errors_of(path), {path, 3, 13, "start_date", "expected a date as YYYY-MM-DD"});
    }
    for (const std::string good : {"2018-01-01", "2020-02-29", "2017-12-31"}) {
        const std::string path =
            dir.write("date.yaml", edit_line(2, "horizon_years: 2\nstart_date: " + good));
        EXPECT_EQ(load_scenario(path).start_date, good);
    }
}

} // namespace
