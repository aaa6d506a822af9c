// `p: rest`: one exit of a state takes, per group, what its other exits leave; each case is the
// valid base scenario (validation_fixture.hpp) with at_risk's first two exits edited.
#include "validation_fixture.hpp"

namespace {
using namespace hcsim::test::validation;

// The base with `p: rest` on at_risk's first exit and `evicted_p` as the second exit's p.
std::string with_rest(const std::string& evicted_p) {
    const std::string rest = edit_line(22, "    - {name: resolved, to: own_lease, p: rest, delay: "
                                           "{dist: exponential, mean_days: 45}}");
    return edit_line(rest, 23,
                     "    - {name: evicted, to: shelter, p: " + evicted_p +
                         ", delay: {dist: exponential, mean_days: 120}}");
}

TEST(ExitRest, TakesWhatTheOtherExitsLeaveForEachGroup) {
    const TempDir dir;
    const Scenario s =
        load_scenario(dir.write("s.yaml", with_rest("{default: 0.3, family: 0.15}")));
    const auto& exits = s.option("do_nothing").spec.exits[at_risk];
    ASSERT_EQ(exits.size(), 3U);
    EXPECT_NEAR(exits[0].probability[adult], 1.0 - 0.3 - 0.1, 1e-15);
    EXPECT_NEAR(exits[0].probability[family], 1.0 - 0.15 - 0.1, 1e-15);
}

TEST(ExitRest, FollowsAnOverrideOfAnotherExit) {
    const TempDir dir;
    const Scenario s =
        load_scenario(dir.write("s.yaml", with_rest("0.3")), {{"exits.at_risk[1].p", 0.05}});
    const auto& exits = s.option("do_nothing").spec.exits[at_risk];
    EXPECT_NEAR(exits[0].probability[adult], 0.85, 1e-15);
    EXPECT_DOUBLE_EQ(exits[1].probability[adult], 0.05);
}

TEST(ExitRest, RefusedWhereTheOtherExitsExceedOne) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", with_rest("{default: 0.3, family: 0.95}"));
    expect_only(errors_of(path),
                {path, 22, 42, "exits.at_risk[0].p",
                 "'rest' would be negative for group 'family': the other exits of state "
                 "'at_risk' sum to 1.05, more than 1"});
}

TEST(ExitRest, OnlyOneExitOfAStateMayTakeTheRest) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", with_rest("rest"));
    expect_only(errors_of(path), {path, 23, 39, "exits.at_risk[1].p",
                                  "state 'at_risk' already has an exit with 'p: rest'; only one "
                                  "exit can take what the others leave"});
}

} // namespace
