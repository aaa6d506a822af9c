// The what-if model the report's "Pröva själv" runs: the built models survive JSON whole,
// setting a field there builds the model `--set` builds, and its run gives compare's figures.
#include "hcsim/analysis/replication_codec.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/decisions.hpp"
#include "hcsim/study/whatif.hpp"
#include "hcsim/whatif/model_json.hpp"
#include "hcsim/whatif/whatif_model.hpp"

#include <cmath>

#include <gtest/gtest.h>

using namespace hcsim;

namespace {

const std::vector<std::string> seeds{"norrmalm-2018-bolots", "hagersten-liljeholmen-2017",
                                     "coordinators-2017", "hasselby-vallingby-2008-team",
                                     "norrmalm-2010-chain"};

std::string seed_path(const std::string& seed) {
    return HCSIM_SOURCE_DIR "/scenarios/" + seed + ".yaml";
}

whatif::WhatIfModel model_of(const std::string& path) {
    const auto s = scenario::load_scenario(path);
    return study::whatif_model(s, study::scenario_factory(s, {}, {}), s.baseline);
}

// A value of the field that neither probe used (they were value +- one or two steps).
double third_value(const whatif::WhatIfField& f) {
    const double v = f.whole ? f.value + 3.0 : f.value * 1.37 + 0.011;
    return std::min(v, f.allowed_max);
}

TEST(ModelJson, EverySeedOptionSurvivesTheRoundTrip) {
    for (const auto& seed : seeds) {
        const auto s = scenario::load_scenario(seed_path(seed));
        for (const auto& option : s.options) {
            const auto json = whatif::to_json(option.spec);
            const auto decoded = whatif::spec_from_json(nlohmann::json::parse(json.dump()));
            EXPECT_EQ(whatif::to_json(decoded), json) << seed << " " << option.name;
            // The decoded model runs the same replication (bytes of its summary).
            const analysis::MetricCatalogue catalogue(option.spec, option.spec.payers,
                                                      analysis::cost_items_of({&option.spec}));
            EXPECT_EQ(analysis::encode_summary(catalogue.summarise(
                          decoded, model::simulate_replication(decoded, {11, 3}))),
                      analysis::encode_summary(catalogue.summarise(
                          option.spec, model::simulate_replication(option.spec, {11, 3}))))
                << seed << " " << option.name;
        }
    }
}

TEST(ModelJson, InfinitiesAndBadInputAreHandled) {
    model::ModelSpec spec;
    spec.horizon_days = std::numeric_limits<double>::infinity();
    auto json = whatif::to_json(spec);
    EXPECT_EQ(json.at("horizon_days"), "inf");
    EXPECT_TRUE(std::isinf(whatif::spec_from_json(json).horizon_days));
    json.erase("states");
    EXPECT_THROW((void)whatif::spec_from_json(json), BadInput);
}

// Arrival rates are offered where the initial stock is written out; with `initial:
// steady_state` the stock is derived from them in whole households (not affine), so they
// are left out there (seeds 002 and 003).
TEST(WhatIf, EverySeedOffersStaffEffectsCostsAndTheHorizon) {
    for (const auto& seed : seeds) {
        const auto model = model_of(seed_path(seed));
        for (const auto kind : {whatif::FieldKind::staff_fte, whatif::FieldKind::effect,
                                whatif::FieldKind::unit_cost, whatif::FieldKind::horizon}) {
            EXPECT_TRUE(std::any_of(model.fields.begin(), model.fields.end(),
                                    [&](const auto& f) { return f.kind == kind; }))
                << seed << " offers no " << whatif::to_string(kind);
        }
        const bool arrivals =
            std::any_of(model.fields.begin(), model.fields.end(),
                        [](const auto& f) { return f.kind == whatif::FieldKind::arrivals; });
        const bool steady_state =
            seed == "coordinators-2017" || seed == "hasselby-vallingby-2008-team";
        EXPECT_EQ(arrivals, !steady_state) << seed;
    }
}

// The places were found at two probe values; at a third, setting the field in the what-if
// must give exactly the model the scenario reader builds with `--set`.
TEST(WhatIf, SettingAFieldBuildsTheModelSetBuilds) {
    for (const auto& seed : {"norrmalm-2018-bolots", "hasselby-vallingby-2008-team"}) {
        const auto path = seed_path(seed);
        const auto model = model_of(path);
        ASSERT_FALSE(model.fields.empty());
        for (const auto& f : model.fields) {
            const double v = third_value(f);
            const auto specs = whatif::apply(model, {{f.field, v}});
            const auto s = scenario::load_scenario(path, {{f.field, v}});
            ASSERT_EQ(specs.size(), s.options.size());
            for (std::size_t o = 0; o < specs.size(); ++o) {
                EXPECT_EQ(whatif::to_json(specs[o]), whatif::to_json(s.options[o].spec))
                    << seed << ": " << f.field << " = " << v << ", option " << s.options[o].name;
            }
        }
    }
}

TEST(WhatIf, RunGivesTheFiguresOfCompareWithSet) {
    const auto path = seed_path("norrmalm-2018-bolots");
    const auto model = model_of(path);
    const std::map<std::string, double> set{{"options.bolots_project_year.staff.bolots.fte", 2.0},
                                            {"states.shelter.capacity", 12.0}};
    const auto result = whatif::run(model, {set, 6, 5});
    const auto s = scenario::load_scenario(path, {set.begin(), set.end()});
    const analysis::ThreadExecutor threads(2);
    analysis::RunSettings settings;
    settings.replications = 6;
    settings.seed = 5;
    settings.executor = &threads;
    const auto compared = study::compare(s, settings, {{}, "", {}, false});
    ASSERT_TRUE(compared.has_value());
    ASSERT_EQ(result.summary.size(), compared->summary.size());
    for (std::size_t i = 0; i < result.summary.size(); ++i) {
        const auto& a = result.summary[i];
        const auto& b = compared->summary[i];
        EXPECT_EQ(a.option + a.metric, b.option + b.metric);
        if (!std::isnan(b.ci.mean)) { // same arithmetic in the same order: equal, not close
            EXPECT_EQ(a.ci.mean, b.ci.mean) << a.option << " " << a.metric;
            EXPECT_EQ(a.ci.high, b.ci.high) << a.option << " " << a.metric;
        }
    }
    ASSERT_EQ(result.differences.size(), compared->differences.size());
    EXPECT_EQ(result.break_even.size(), compared->break_even_shares.size());
    ASSERT_EQ(result.perspectives.size(), compared->incremental.size());
    for (std::size_t i = 0; i < result.perspectives.size(); ++i) {
        EXPECT_EQ(result.perspectives[i].delta_cost.mean, compared->incremental[i].delta_cost.mean);
    }
}

TEST(WhatIf, RefusesWhatItCannotSet) {
    const auto model = model_of(seed_path("norrmalm-2018-bolots"));
    EXPECT_THROW((void)whatif::apply(model, {{"seed", 3.0}}), BadInput);
    EXPECT_THROW((void)whatif::apply(model, {{"states.shelter.capacity", 2.5}}), BadInput);
    EXPECT_THROW((void)whatif::apply(model, {{"states.shelter.capacity", -1.0}}), BadInput);
    // Survives its own JSON.
    const auto again =
        whatif::whatif_from_json(nlohmann::json::parse(whatif::to_json(model).dump()));
    EXPECT_EQ(whatif::to_json(again), whatif::to_json(model));
}

// The what-if model's own codec is the model's: an unbounded range is "inf" and reads back as
// infinity, a kind is written by its name, and a kind this program does not know is refused.
TEST(WhatIf, ItsModelSurvivesJsonWithUnboundedRanges) {
    whatif::WhatIfModel model;
    model.baseline = "usual";
    model.options.push_back({"usual", "Usual care", nlohmann::json::object()});
    whatif::WhatIfField field;
    field.field = "staff.bolots.fte";
    field.kind = whatif::FieldKind::staff_fte;
    field.allowed_max = std::numeric_limits<double>::infinity();
    field.places.push_back({0, "/staff/0/fte", 0.5, 2.0});
    model.fields.push_back(field);
    auto json = nlohmann::json::parse(whatif::to_json(model).dump());
    EXPECT_EQ(json.at("fields").at(0).at("allowed_max"), "inf");
    EXPECT_EQ(json.at("fields").at(0).at("kind"), "staff_fte");
    const auto again = whatif::whatif_from_json(json);
    ASSERT_EQ(again.fields.size(), 1U);
    EXPECT_TRUE(std::isinf(again.fields[0].allowed_max));
    EXPECT_EQ(again.fields[0].kind, whatif::FieldKind::staff_fte);
    EXPECT_EQ(again.fields[0].places.at(0).scale, 2.0);
    EXPECT_EQ(whatif::to_json(again), whatif::to_json(model));
    json["fields"][0]["kind"] = "salary";
    EXPECT_THROW((void)whatif::whatif_from_json(json), BadInput);
}

} // namespace
