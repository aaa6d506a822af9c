// The schema of scenario numbers as the report reads it: a key (the end of a field's path)
// finds its entry, and every entry the Swedish report names has a label.
#include "hcsim/scenario/schema.hpp"

#include <gtest/gtest.h>
#include <string>

namespace {

using hcsim::scenario::field_for_key;
using hcsim::scenario::FieldSchema;

std::string path_of(const FieldSchema* field) {
    return field == nullptr ? "none" : std::string(field->path);
}

TEST(Schema, AKeyFindsTheEntryWhosePathEndsWithIt) {
    EXPECT_EQ(path_of(field_for_key("caseload_per_fte")), "staff.<role>.caseload_per_fte");
    EXPECT_EQ(path_of(field_for_key("contact.p_success")), "staff.<role>.contact.p_success");
    // A <name> in the path stands for the key's segment there, not for its last one: "p" is the
    // exit's probability, not initial.<state>.<group> (declared before it).
    EXPECT_EQ(path_of(field_for_key("p")), "exits.<state>[].p");
    EXPECT_EQ(path_of(field_for_key("delay.mean_days")), "<delay>.mean_days");
    EXPECT_EQ(path_of(field_for_key("active.to_month")), "<active>.to_month");
    // A trailing <name> may be left out: adds_places.<state> is named by "adds_places".
    EXPECT_EQ(path_of(field_for_key("adds_places")), "staff.<role>.adds_places.<state>");
    // Of two entries with the key, the first declared: arrivals' per_year before fixed costs'.
    EXPECT_EQ(path_of(field_for_key("per_year")), "arrivals[].per_year");
    EXPECT_EQ(path_of(field_for_key("no_such_key")), "none");
}

TEST(Schema, EveryNumberInsideASectionHasASwedishLabel) {
    for (const FieldSchema* field : hcsim::scenario::field_schema()) {
        const std::string path(field->path);
        if (path.find('.') == std::string::npos) {
            continue; // top-level numbers are named by the report's own words
        }
        EXPECT_FALSE(field->label_sv.empty()) << path;
    }
}

} // namespace
