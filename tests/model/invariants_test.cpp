// Broken invariants stop a replication with a message naming what broke, instead of giving a
// wrong table. The specs here bypass the scenario validator on purpose: validation would
// refuse them, so the model's own checks are the last line of defence.
#include "hcsim/model/chain_simulation.hpp"
#include "toy_models.hpp"

#include <gtest/gtest.h>
#include <string>

namespace hcsim::test {
namespace {

template <typename Error>
std::string message_of(const model::ModelSpec& spec) {
    try {
        (void)model::simulate_replication(spec, {7, 0});
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(Invariants, ValidChainRunsWithinAnEventBudget) {
    auto spec = eviction_chain();
    spec.max_events = 100000000;
    const auto result = model::simulate_replication(spec, {7, 0});
    EXPECT_GT(result.events, 0U);
    EXPECT_LT(result.events, spec.max_events);
}

TEST(Invariants, EventBudgetStopsALoopAndNamesHouseholdTimeAndEvent) {
    auto spec = eviction_chain();
    // shelter <-> at_risk with tiny delays: the households never leave the loop.
    spec.exits[1] = {exit_to("bounce", 2, 1.0, model::Distribution::exponential(1e-9))};
    spec.exits[2] = {exit_to("back", 1, 1.0, model::Distribution::exponential(1e-9))};
    spec.arrivals.clear();
    spec.max_events = 5000;
    const std::string message = message_of<model::EventLimitError>(spec);
    EXPECT_NE(message.find("passed 5000 events"), std::string::npos) << message;
    EXPECT_NE(message.find("household "), std::string::npos) << message;
    EXPECT_NE(message.find("at day "), std::string::npos) << message;
    EXPECT_NE(message.find("event 'bounce'"), std::string::npos) << message;
    EXPECT_NE(message.find("--limit events="), std::string::npos) << message;
}

TEST(Invariants, NegativeHousingCostStopsTheRun) {
    auto spec = eviction_chain();
    spec.states[2].cost_per_day = {-1100.0}; // the validator allows no negative cost per day
    const std::string message = message_of<model::InvariantError>(spec);
    EXPECT_NE(message.find("cost item shelter (housing)"), std::string::npos) << message;
    EXPECT_NE(message.find("only event costs may be negative"), std::string::npos) << message;
}

TEST(Invariants, NegativeEventCostIsAllowed) {
    auto spec = eviction_chain();
    spec.exits[1][1].costs = {{0, -5000.0}}; // a declared saving per eviction
    EXPECT_NO_THROW((void)model::simulate_replication(spec, {7, 0}));
}

TEST(Invariants, InitialStockOverCapacityNamesStateAndHousehold) {
    auto spec = eviction_chain();
    spec.states[2].capacity = 5; // 10 households start in the shelter
    const std::string message = message_of<model::InvariantError>(spec);
    EXPECT_NE(message.find("state shelter is full"), std::string::npos) << message;
    EXPECT_NE(message.find("household "), std::string::npos) << message;
}

} // namespace
} // namespace hcsim::test
