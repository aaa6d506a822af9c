// Capacity-limited states against Erlang C, and Little's law in every seed scenario.
#include "../model/toy_models.hpp"
#include "hcsim/kernel/erlang.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "replications.hpp"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>

using namespace hcsim;

namespace {

// referral -> shelter (capacity c, exponential stays) -> left_area. A household referred
// moves at once (zero delay) if a place is free and otherwise waits in `referral`, so the
// shelter with its queue is an M/M/c system; it starts with `load` households inside, near its
// mean, to keep the start-up bias far below the interval.
model::ModelSpec mmc_chain(double per_day, double mean_stay, std::size_t servers, double years) {
    model::ModelSpec spec;
    spec.groups = {{"adult", 0.0, {}}};
    spec.group_rank = {0};
    spec.payers = {"district"};
    spec.states = {test::state("referral", model::StateKind::insecure),
                   test::state("shelter", model::StateKind::acute),
                   test::state("left_area", model::StateKind::absorbing)};
    spec.states[1].capacity = servers;
    spec.exits = {{test::exit_to("referred", 1, 1.0, model::Distribution::fixed(0.0))},
                  {test::exit_to("left", 2, 1.0, model::Distribution::exponential(mean_stay))},
                  {}};
    model::ArrivalSpec arrival;
    arrival.into = 0;
    arrival.per_year = {per_day * model::days_per_year};
    spec.arrivals = {arrival};
    spec.initial = {{1, 0, static_cast<std::uint32_t>(per_day * mean_stay)}};
    spec.horizon_days = years * model::days_per_year;
    return spec;
}

} // namespace

TEST(QueueingCrossCheck, CapacityLimitedStateAgreesWithErlangC) {
    for (const std::size_t servers : {std::size_t{2}, std::size_t{5}}) {
        const double mean_stay = 10.0;
        const double per_day = 0.7 * static_cast<double>(servers) / mean_stay; // utilisation 0.7
        const auto spec = mmc_chain(per_day, mean_stay, servers, 30.0);
        const kernel::MmcMeans exact = kernel::mmc_means(per_day, mean_stay, servers);
        const auto runs = test::replicate(spec, 2024 + servers, 60);
        const double horizon = spec.horizon_days;
        test::MeanChecks checks;
        const std::string label = "M/M/" + std::to_string(servers) + " ";
        checks.add(label + "mean wait for a place (Wq)", exact.wait_in_queue,
                   test::per_replication(runs, [](const model::ReplicationResult& r) {
                       return r.admission_waits[1].mean();
                   }));
        checks.add(label + "households waiting (Lq)", exact.queue_length,
                   test::per_replication(runs, [&](const model::ReplicationResult& r) {
                       return r.state_days[0] / horizon;
                   }));
        checks.add(label + "households in the shelter (L - Lq)",
                   exact.number_in_system - exact.queue_length,
                   test::per_replication(runs, [&](const model::ReplicationResult& r) {
                       return r.state_days[1] / horizon;
                   }));
        checks.expect_all_within();
    }
}

// Little's law over a finite horizon, per state: the time-average number L (the simulation's
// household-days / horizon) equals the entry rate lambda times the mean stay W, where entries
// and stays are rebuilt independently from the event trace (stays still open at the horizon are
// cut there). The identity is exact in every replication, so any difference is a bookkeeping
// error; it is checked per replication and the means over replications are reported.
TEST(QueueingCrossCheck, LittlesLawHoldsPerStateInEverySeedScenario) {
    const std::filesystem::path folder = HCSIM_SOURCE_DIR "/scenarios";
    std::size_t scenarios = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".yaml") {
            continue;
        }
        ++scenarios;
        const auto scenario = scenario::load_scenario(entry.path().string());
        const auto& spec = scenario.option(scenario.baseline).spec;
        const std::size_t states = spec.states.size();
        for (std::uint64_t replication = 0; replication < 5; ++replication) {
            std::map<std::uint64_t, std::pair<model::StateIndex, double>> open; // household
            std::vector<double> entries(states, 0.0);
            std::vector<double> stay_days(states, 0.0);
            const model::TraceSink sink = [&](const model::TraceRecord& r) {
                if (!r.to || r.event == "queued") {
                    return; // a queued household stays where it is
                }
                if (auto found = open.find(r.household); found != open.end()) {
                    stay_days[found->second.first] += r.time - found->second.second;
                }
                open[r.household] = {*r.to, r.time};
                entries[*r.to] += 1.0;
            };
            const auto result =
                model::simulate_replication(spec, {scenario.seed, replication}, sink);
            for (const auto& [household, stay] : open) {
                stay_days[stay.first] += spec.horizon_days - stay.second;
            }
            for (model::StateIndex s = 0; s < states; ++s) {
                const double horizon = spec.horizon_days;
                const double average_number = result.state_days[s] / horizon;
                const double arrival_rate = entries[s] / horizon;
                const double mean_stay = entries[s] > 0.0 ? stay_days[s] / entries[s] : 0.0;
                EXPECT_NEAR(average_number, arrival_rate * mean_stay,
                            1e-9 * std::max(1.0, average_number))
                    << scenario.name << " replication " << replication << " state "
                    << spec.states[s].name << ": L " << average_number << ", lambda W "
                    << arrival_rate * mean_stay;
            }
        }
    }
    EXPECT_EQ(scenarios, 5U) << "every seed scenario is checked";
}
