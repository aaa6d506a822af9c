// The staff pool's keys for episodes, client time, targeting, lasting effects, payer by year,
// places and outreach, and a state's build plan: read into the spec, listed as parameters with
// their units, and refused with FILE:LINE:COL and the field when wrong.
#include "validation_fixture.hpp"

#include <algorithm>

namespace {
using namespace hcsim::test::validation;

// The coach pool's `serves:` line (line 39 of the base) with more keys after it.
std::string with_pool_keys(const std::string& keys) {
    return edit_line(39, "        serves: [shelter, hotel]\n" + keys);
}

constexpr const char* all_keys = R"yaml(        title: "Boendecoach (2,0 socionomer)"
        client_time_share: 0.75
        state_priority: [hotel, shelter]
        support_days: {dist: gamma, mean_days: 90, cv: 0.5}
        ends_on_leaving: [hotel]
        goal: [own_lease]
        follow_up_in: [at_risk]
        serves_moves_to: [own_lease]
        move_lead_days: 30
        payer_by_year: [city_central_reserve, district]
        lasting: {share: 0.4, half_life_days: 365, states: [shelter]}
        adds_places: {shelter: 5}
        outreach: {into: shelter, per_fte_year: {adult: 6, family: 2}})yaml";

const hcsim::scenario::ParameterSite* site(const Scenario& s, const std::string& field) {
    const auto found = std::find_if(s.parameters.begin(), s.parameters.end(),
                                    [&](const auto& p) { return p.field == field; });
    return found == s.parameters.end() ? nullptr : &*found;
}

TEST(StaffFields, EveryKeyIsReadIntoThePool) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write("s.yaml", with_pool_keys(all_keys)));
    const auto& spec = s.option("coach").spec;
    const auto& pool = spec.staff.at(0);
    EXPECT_EQ(pool.title, "Boendecoach (2,0 socionomer)");
    EXPECT_DOUBLE_EQ(pool.client_time_share, 0.75);
    EXPECT_EQ(pool.slots(), 23U) << "round(2 x 0.75 x 15)";
    EXPECT_EQ(pool.state_rank, (std::vector<int>{5, 5, 1, 0, 5}));
    ASSERT_TRUE(pool.support_days);
    EXPECT_DOUBLE_EQ(pool.support_days->mean, 90.0);
    EXPECT_EQ(pool.ends_on_leaving, (std::vector<std::size_t>{hotel}));
    EXPECT_EQ(pool.goal, (std::vector<std::size_t>{own_lease}));
    EXPECT_EQ(pool.follow_up_in, (std::vector<std::size_t>{at_risk}));
    EXPECT_EQ(pool.serves_moves_to, (std::vector<std::size_t>{own_lease}));
    EXPECT_DOUBLE_EQ(pool.move_lead_days, 30.0);
    ASSERT_EQ(pool.payer_by_year.size(), 2U);
    EXPECT_EQ(spec.payers[pool.payer_by_year[0]], "city_central_reserve");
    EXPECT_EQ(spec.payers[pool.payer_by_year[1]], "district");
    ASSERT_TRUE(pool.lasting);
    EXPECT_DOUBLE_EQ(pool.lasting->share, 0.4);
    EXPECT_DOUBLE_EQ(pool.lasting->half_life_days, 365.0);
    EXPECT_EQ(pool.lasting->states, (std::vector<std::size_t>{shelter}));
    ASSERT_EQ(pool.adds_places.size(), 1U);
    EXPECT_EQ(pool.adds_places[0].state, shelter);
    EXPECT_EQ(pool.adds_places[0].places, 5U);
    ASSERT_TRUE(pool.outreach);
    EXPECT_EQ(pool.outreach->into, shelter);
    EXPECT_EQ(pool.outreach->per_fte_year, (std::vector<double>{6.0, 2.0}));

    // The numbers are parameters with a unit, so `--set` and `hcsim parameters` reach them.
    const std::string prefix = "options.coach.staff.coach.";
    for (const auto& [field, unit] : std::vector<std::pair<std::string, std::string>>{
             {"client_time_share", "share"},
             {"support_days.mean_days", "days"},
             {"move_lead_days", "days"},
             {"lasting.share", "share"},
             {"lasting.half_life_days", "days"},
             {"adds_places.shelter", "places"},
             {"outreach.per_fte_year.adult", "households/FTE-year"}}) {
        const auto* p = site(s, prefix + field);
        ASSERT_NE(p, nullptr) << field;
        EXPECT_EQ(p->unit, unit) << field;
    }
}

TEST(StaffFields, ABuildPlanIsReadInDays) {
    const TempDir dir;
    const Scenario s = load_scenario(dir.write(
        "s.yaml",
        edit_line(11,
                  "  shelter: {kind: acute, cost_per_day: 1000, capacity: 20, overflow: hotel,\n"
                  "            capacity_changes: [{from_month: 4, capacity: 30}, "
                  "{from_year: 2, capacity: 12}]}")));
    const auto& changes = s.option("do_nothing").spec.states[shelter].capacity_changes;
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_DOUBLE_EQ(changes[0].day, 3 * 365.0 / 12);
    EXPECT_EQ(changes[0].capacity, 30U);
    EXPECT_DOUBLE_EQ(changes[1].day, 365.0);
    EXPECT_EQ(changes[1].capacity, 12U);
    const auto* p = site(s, "states.shelter.capacity_changes[1].capacity");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->unit, "places");
}

// One bad value on line 40 (the first key after `serves:`), column `column`.
void expect_refused(const std::string& line, int column, const std::string& field,
                    const std::string& phrase) {
    const TempDir dir;
    const auto path = dir.write("s.yaml", with_pool_keys(line));
    expect_only(errors_of(path), {path, 40, column, field, phrase});
}

TEST(StaffFields, BadValuesNameTheirFileLineColumnAndField) {
    const std::string coach = "options.coach.staff.coach.";
    expect_refused("        client_time_share: 1.5", 28, coach + "client_time_share",
                   "must lie between 0 and 1");
    expect_refused("        support_days: {dist: gamma, mean_days: -3, cv: 0.5}", 48,
                   coach + "support_days.mean_days", "must lie between");
    expect_refused("        goal: [shelter]", 15, coach + "goal", "both a goal and served");
    expect_refused("        ends_on_leaving: [nowhere]", 27, coach + "ends_on_leaving[0]",
                   "not a declared state");
    expect_refused("        state_priority: [hotel, kitchen]", 33, coach + "state_priority[1]",
                   "not a declared state");
    expect_refused("        move_lead_days: 10", 25, coach + "move_lead_days",
                   "needs 'serves_moves_to'");
    expect_refused("        payer_by_year: []", 24, coach + "payer_by_year",
                   "expected a list of payers");
    expect_refused("        lasting: {share: 2}", 26, coach + "lasting.share",
                   "must lie between 0 and 1");
    expect_refused("        lasting: {half_life_days: 365}", 18, coach + "lasting",
                   "needs 'share'");
    expect_refused("        adds_places: {hotel: 3}", 30, coach + "adds_places.hotel",
                   "no capacity");
    expect_refused("        adds_places: {shelter: 2.5}", 32, coach + "adds_places.shelter",
                   "whole number");
    expect_refused("        outreach: {into: shelter, per_fte_year: -1}", 49,
                   coach + "outreach.per_fte_year", "must lie between");
    expect_refused("        outreach: {per_fte_year: 4}", 19, coach + "outreach", "needs 'into'");
}

TEST(StaffFields, PayerAndPayerByYearTogetherAreRefused) {
    const TempDir dir;
    const auto path = dir.write(
        "s.yaml", with_pool_keys("        payer: district\n        payer_by_year: [district]"));
    expect_only(errors_of(path),
                {path, 41, 24, "options.coach.staff.coach.payer_by_year", "not both"});
}

TEST(StaffFields, ABuildPlanNeedsACapacityAndTimeOrder) {
    const TempDir dir;
    const auto unordered = dir.write(
        "a.yaml", edit_line(12, "  hotel: {kind: acute, cost_per_day: 400, capacity_changes: "
                                "[{from_month: 3, capacity: 4}]}"));
    expect_only(errors_of(unordered),
                {unordered, 12, 61, "states.hotel.capacity_changes", "needs 'capacity'"});
    const auto backwards = dir.write(
        "b.yaml",
        edit_line(11, "  shelter: {kind: acute, cost_per_day: 1000, capacity: 20, overflow: hotel, "
                      "capacity_changes: [{from_year: 2, capacity: 4}, {from_month: 3, "
                      "capacity: 4}]}"));
    expect_only(
        errors_of(backwards),
        {backwards, 11, 138, "states.shelter.capacity_changes[1].from_month", "time order"});
}

} // namespace
