// A field's path in its parts, parsed once for every layer that groups or labels fields.
#include "hcsim/scenario/field_path.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <gtest/gtest.h>

using namespace hcsim::scenario;

namespace {

TEST(FieldPath, SplitsAnOptionsStaffEffect) {
    const FieldPath f =
        field_path("options.bolots_project_year.staff.bolots.effects[12].delay_factor");
    EXPECT_EQ(f.option, "bolots_project_year");
    EXPECT_EQ(f.section, "staff");
    EXPECT_EQ(f.name, "bolots");
    EXPECT_FALSE(f.index);
    EXPECT_EQ(f.rest, "effects[12].delay_factor");
    EXPECT_TRUE(f.is_staff_effect());
    EXPECT_EQ(f.effect_index(), 12U);
    EXPECT_FALSE(f.is_cost());
}

TEST(FieldPath, SplitsScenarioFields) {
    EXPECT_EQ(field_path("exits.at_risk[2].p.default"),
              (FieldPath{"", "exits", "at_risk", 2, "p.default"}));
    EXPECT_EQ(field_path("arrivals[0].per_year.adult"),
              (FieldPath{"", "arrivals", "", 0, "per_year.adult"}));
    EXPECT_EQ(field_path("states.shelter.cost_per_day"),
              (FieldPath{"", "states", "shelter", std::nullopt, "cost_per_day"}));
    EXPECT_EQ(field_path("horizon_years"), (FieldPath{"", "", "", std::nullopt, "horizon_years"}));
    EXPECT_EQ(field_path("options.team.fixed_costs.premises.amount"),
              (FieldPath{"team", "fixed_costs", "premises", std::nullopt, "amount"}));
}

TEST(FieldPath, KnowsStaffEffectsAndCosts) {
    EXPECT_FALSE(field_path("options.o.staff.r.effects[0].group").is_staff_effect());
    EXPECT_FALSE(field_path("staff.r.effects[0].relative_risk").is_staff_effect()); // no option
    EXPECT_FALSE(field_path("options.o.staff.r.fte").is_staff_effect());
    EXPECT_TRUE(field_path("options.o.staff.r.effects[3].relative_risk").is_staff_effect());
    for (const char* cost :
         {"states.shelter.cost_per_day", "states.shelter.cost_per_day.adult",
          "exits.at_risk[1].cost.landlord", "exits.at_risk[1].cost",
          "options.o.staff.r.cost_per_fte_year", "options.o.fixed_costs.x.amount"}) {
        EXPECT_TRUE(field_path(cost).is_cost()) << cost;
    }
    for (const char* other : {"options.o.staff.r.fte", "exits.at_risk[1].p", "horizon_years",
                              "states.shelter.capacity"}) {
        EXPECT_FALSE(field_path(other).is_cost()) << other;
    }
}

// Every recorded number of a seed carries its parts, and they rebuild its path.
TEST(FieldPath, EveryRecordedNumberCarriesItsParts) {
    const auto s = load_scenario(HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml");
    std::size_t effects = 0;
    for (const auto& site : s.parameters) {
        EXPECT_EQ(site.where, field_path(site.field)) << site.field;
        // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "literal" + string.
        std::string rebuilt;
        if (!site.where.option.empty()) {
            rebuilt.append("options.").append(site.where.option).append(".");
        }
        if (!site.where.section.empty()) {
            rebuilt.append(site.where.section);
            if (!site.where.name.empty()) {
                rebuilt.append(".").append(site.where.name);
            }
            if (site.where.index) {
                rebuilt.append("[").append(std::to_string(*site.where.index)).append("]");
            }
            if (!site.where.rest.empty()) {
                rebuilt.append(".");
            }
        }
        rebuilt.append(site.where.rest);
        EXPECT_EQ(rebuilt, site.field);
        effects += site.where.is_staff_effect() ? 1 : 0;
    }
    EXPECT_GT(effects, 0U);
}

} // namespace
