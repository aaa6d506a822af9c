// Calibration: recovering known parameters from figures the analytic model produced at them,
// the targets file reader, and the calibrated scenario file.
#include "../model/toy_models.hpp"
#include "hcsim/analysis/calibration.hpp"
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/overlay.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace hcsim;

namespace {

// The eviction chain with its threat rate and shelter-to-own-lease delay set.
model::ModelSpec chain_with(const std::vector<double>& values) {
    auto spec = test::eviction_chain();
    spec.arrivals[0].per_year[0] = values[0];
    spec.exits[2][0].delay[0] = model::Distribution::exponential(values[1]);
    return spec;
}

// The same as calibrate's model for the option fitted (these targets name no other option).
model::ModelSpec chain_for(const std::vector<double>& values, const std::string&) {
    return chain_with(values);
}

scenario::CalibrationTarget stock(std::string name, std::vector<model::StateIndex> states,
                                  std::size_t month, double observed) {
    scenario::CalibrationTarget t;
    t.name = std::move(name);
    t.states = std::move(states);
    t.first_month = t.last_month = month;
    t.observed = observed;
    return t;
}

std::vector<scenario::CalibrationTarget> targets_at(const std::vector<double>& truth) {
    std::vector<scenario::CalibrationTarget> targets = {stock("shelter_m12", {2}, 12, 0.0),
                                                        stock("shelter_m24", {2}, 24, 0.0),
                                                        stock("at_risk_m6", {1}, 6, 0.0)};
    scenario::CalibrationTarget evictions;
    evictions.name = "evictions_y1";
    evictions.quantity = scenario::TargetQuantity::evictions;
    evictions.first_month = 1;
    evictions.last_month = 12;
    targets.push_back(evictions);
    const auto spec = chain_with(truth);
    const auto values = analysis::analytic_target_values(spec, analysis::analyse(spec), targets);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        targets[i].observed = values[i];
    }
    return targets;
}

std::filesystem::path temporary_folder(const std::string& name) {
    const auto folder = std::filesystem::temp_directory_path() / ("hcsim-validity-" + name);
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

} // namespace

TEST(Calibration, AnalyticFitRecoversKnownParameters) {
    const std::vector<double> truth{260.0, 100.0};
    const std::vector<analysis::FreeParameter> parameters{{"arrivals[0].per_year", 10, 1000, 150},
                                                          {"exits.shelter[0].delay", 10, 500, 200}};
    analysis::CalibrationSettings settings;
    settings.replications = 10;
    const auto result = analysis::calibrate(parameters, chain_for, targets_at(truth), settings);
    EXPECT_EQ(result.method, analysis::CalibrationMethod::analytic);
    ASSERT_EQ(result.parameters.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_NEAR(result.parameters[i].value, truth[i], 1e-3 * truth[i])
            << result.parameters[i].field << " (" << result.status << ")";
        EXPECT_TRUE(std::isfinite(result.parameters[i].standard_error));
        EXPECT_GT(result.parameters[i].standard_error, 0.0);
    }
    EXPECT_LT(result.weighted_sum_of_squares, 1e-8);
}

TEST(Calibration, SimulationFitImprovesOnTheStart) {
    const std::vector<double> truth{260.0, 100.0};
    const std::vector<analysis::FreeParameter> parameters{{"arrivals[0].per_year", 10, 1000, 150},
                                                          {"exits.shelter[0].delay", 10, 500, 200}};
    analysis::CalibrationSettings settings;
    settings.method = analysis::CalibrationMethod::simulation;
    settings.replications = 20;
    settings.max_evaluations = 60;
    const auto targets = targets_at(truth);
    const auto result = analysis::calibrate(parameters, chain_for, targets, settings);
    double start = 0.0;
    const auto start_spec = chain_with({150, 200});
    const auto at_start =
        analysis::analytic_target_values(start_spec, analysis::analyse(start_spec), targets);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        start += std::pow((at_start[i] - targets[i].observed) / targets[i].effective_sd(), 2.0);
    }
    EXPECT_EQ(result.method, analysis::CalibrationMethod::simulation);
    EXPECT_LT(result.weighted_sum_of_squares, start / 10.0)
        << "fitted " << result.parameters[0].value << ", " << result.parameters[1].value;
}

TEST(Calibration, RefusesMoreParametersThanTargets) {
    const std::vector<analysis::FreeParameter> parameters{{"a", 0, 1, 0.5}, {"b", 0, 1, 0.5}};
    EXPECT_THROW((void)analysis::calibrate(parameters, chain_for, {stock("x", {2}, 1, 3.0)}, {}),
                 analysis::CalibrationError);
}

TEST(CalibrationTargets, ReadsEveryQuantityAndResolvesStates) {
    const auto scenario =
        scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/checks/uncapacitated-chain.yaml");
    const auto folder = temporary_folder("targets");
    const auto path = (folder / "targets.yaml").string();
    std::ofstream(path)
        << "option: do_nothing\n"
           "targets:\n"
           "  - {name: homeless, kind: independent, quantity: stock,\n"
           "     state_kind: homeless, month: 12, observed: 30, sd: 5, source: test}\n"
           "  - {name: evicted, kind: input_check, quantity: evictions, year: 2,\n"
           "     observed: 20}\n"
           "  - {name: into_shelter, kind: independent, quantity: entries,\n"
           "     states: [shelter], months: [1, 6], observed: 40, weight: 2}\n"
           "  - {name: in_shelter_h1, kind: independent, quantity: present,\n"
           "     states: [shelter], months: [2, 6], observed: 50}\n";
    const auto targets = scenario::load_targets(path, scenario.option("do_nothing").spec);
    ASSERT_EQ(targets.targets.size(), 4U);
    EXPECT_EQ(targets.option, "do_nothing");
    EXPECT_EQ(targets.targets[0].kind, scenario::TargetKind::independent);
    EXPECT_EQ(targets.targets[1].kind, scenario::TargetKind::input_check);
    EXPECT_EQ(targets.targets[3].quantity, scenario::TargetQuantity::present);
    EXPECT_EQ(targets.targets[3].first_month, 2U);
    EXPECT_EQ(targets.targets[3].last_month, 6U);
    EXPECT_EQ(targets.targets[0].states, (std::vector<model::StateIndex>{3, 4}));
    EXPECT_EQ(targets.targets[0].effective_sd(), 5.0);
    EXPECT_EQ(targets.targets[1].first_month, 13U);
    EXPECT_EQ(targets.targets[1].last_month, 24U);
    EXPECT_EQ(targets.targets[2].states, (std::vector<model::StateIndex>{3}));
    EXPECT_EQ(targets.targets[2].weight, 2.0);
    EXPECT_DOUBLE_EQ(targets.targets[1].effective_sd(), std::sqrt(20.0)) << "Poisson default";
}

TEST(CalibrationTargets, ErrorsNameFileLineAndField) {
    const auto scenario =
        scenario::load_scenario(HCSIM_SOURCE_DIR "/scenarios/checks/uncapacitated-chain.yaml");
    const auto folder = temporary_folder("bad-targets");
    const auto path = (folder / "targets.yaml").string();
    std::ofstream(path)
        << "targets:\n"
           "  - {name: a, kind: independent, quantity: stock, states: [nowhere], "
           "month: 12, observed: 3}\n"
           "  - {name: b, kind: independent, quantity: stock, state_kind: acute, "
           "month: 99, observed: 3}\n"
           "  - {name: c, kind: acute, quantity: stock, states: [shelter], month: 1,"
           " observed: 3}\n"
           "  - {name: d, quantity: stock, states: [shelter], month: 1, "
           "observed: 3}\n";
    try {
        (void)scenario::load_targets(path, scenario.option("do_nothing").spec);
        FAIL() << "bad targets must be refused";
    } catch (const scenario::ScenarioError& e) {
        ASSERT_EQ(e.diagnostics().size(), 4U);
        EXPECT_EQ(e.diagnostics()[0].line, 2);
        EXPECT_EQ(e.diagnostics()[0].field, "targets[0].states[0]");
        EXPECT_NE(e.diagnostics()[0].message.find("nowhere"), std::string::npos);
        EXPECT_EQ(e.diagnostics()[1].field, "targets[1].month");
        // The old state selector `kind: acute` is told to move to state_kind.
        EXPECT_EQ(e.diagnostics()[2].field, "targets[2].kind");
        EXPECT_NE(e.diagnostics()[2].message.find("state_kind: acute"), std::string::npos);
        EXPECT_EQ(e.diagnostics()[3].field, "targets[3]");
        EXPECT_NE(e.diagnostics()[3].message.find("needs 'kind'"), std::string::npos);
    }
}

TEST(CalibratedScenario, OverridesFieldsThroughListsAndValidates) {
    const std::string original = HCSIM_SOURCE_DIR "/scenarios/checks/uncapacitated-chain.yaml";
    const auto folder = temporary_folder("overlay");
    const auto out = (folder / "calibrated.yaml").string();
    const std::string text = scenario::overlay_yaml(
        original, out, "uncapacitated-calibrated",
        {{"arrivals[1].per_year.adult", 40.0}, {"exits.shelter[0].delay.mean_days", 70.0}},
        "test overlay");
    std::ofstream(out) << text;
    const auto calibrated = scenario::load_scenario(out);
    const auto base = scenario::load_scenario(original);
    const auto& spec = calibrated.option("do_nothing").spec;
    EXPECT_EQ(calibrated.name, "uncapacitated-calibrated");
    EXPECT_DOUBLE_EQ(spec.arrivals[1].per_year[0], 40.0);
    EXPECT_DOUBLE_EQ(spec.exits[3][0].delay[0].mean, 70.0);
    // Everything else as in the original.
    const auto& before = base.option("do_nothing").spec;
    EXPECT_DOUBLE_EQ(spec.arrivals[0].per_year[0], before.arrivals[0].per_year[0]);
    EXPECT_DOUBLE_EQ(spec.arrivals[0].trend_per_year, before.arrivals[0].trend_per_year);
    EXPECT_DOUBLE_EQ(spec.exits[3][1].delay[0].mean, before.exits[3][1].delay[0].mean);
    EXPECT_EQ(spec.initial.size(), before.initial.size());
    EXPECT_THROW((void)scenario::overlay_yaml(original, out, "x", {{"no.such.field", 1.0}}, ""),
                 scenario::ScenarioError);
}

namespace method_names {

// The names come from one array in the enumerators' order (hcsim/enum_names.hpp): each method
// is found again by its own name, and neither a near miss nor a value beyond it is.
TEST(CalibrationMethodNames, EachNameFindsItsMethodAndNoOtherTextDoes) {
    using hcsim::analysis::CalibrationMethod;
    for (const auto method : {CalibrationMethod::analytic, CalibrationMethod::approximate,
                              CalibrationMethod::simulation}) {
        EXPECT_EQ(hcsim::analysis::calibration_method_named(hcsim::analysis::to_string(method)),
                  method);
    }
    EXPECT_EQ(hcsim::analysis::calibration_method_named("Analytic"), std::nullopt);
    EXPECT_EQ(hcsim::analysis::to_string(static_cast<CalibrationMethod>(7)), "unknown");
}

} // namespace method_names
