// `hcsim bench` at small sizes: correctness of what it measures, never its speed.
#include "hcsim/bench/bench.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using hcsim::bench::BenchSettings;
using hcsim::bench::Measurement;

namespace {

BenchSettings small_settings() {
    BenchSettings settings;
    settings.small = true;
    settings.repeats = 1;
    settings.threads = 2;
    settings.scenario_dir = std::string(HCSIM_SOURCE_DIR) + "/scenarios";
    return settings;
}

void expect_required_keys(const Measurement& m) {
    const auto json = nlohmann::json::parse(hcsim::bench::to_json(m));
    for (const char* key : {"workload", "events", "seconds", "events_per_second",
                            "reference_events_per_second", "ratio", "peak_rss_kb"}) {
        EXPECT_TRUE(json.contains(key)) << m.workload << " lacks " << key;
    }
    EXPECT_EQ(json["workload"], m.workload);
    EXPECT_GT(json["events"].get<std::uint64_t>(), 0U) << m.workload;
    EXPECT_GT(json["peak_rss_kb"].get<long>(), 0) << m.workload;
}

} // namespace

TEST(Bench, WorkloadNamesCoverKernelStackHoldAndEveryDistrict) {
    const auto names = hcsim::bench::workload_names(small_settings());
    for (const char* name : {"tandem", "tandem_stack", "hold_1e3", "hold_1e5", "hold_1e6",
                             "district_norrmalm-2018-bolots", "district_city"}) {
        EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
    }
}

TEST(Bench, KernelTandemFollowsTheHandWrittenLoopExactly) {
    // Both draw the same Philox numbers in the same order: any difference in event order or
    // bookkeeping changes the mean.
    const Measurement m = hcsim::bench::run_workload("tandem", small_settings());
    expect_required_keys(m);
    ASSERT_TRUE(m.matches_reference.has_value());
    EXPECT_TRUE(*m.matches_reference);
    EXPECT_EQ(m.events, 4U * m.households) << "an arrival and three completions per customer";
    ASSERT_TRUE(m.mean_time_in_system.has_value());
    EXPECT_TRUE(nlohmann::json::parse(hcsim::bench::to_json(m)).contains("mean_time_in_system"));
}

TEST(Bench, HoldPopsTheSameEventsAsTheHandWrittenHeap) {
    for (const char* name : {"hold_1e3", "hold_1e5"}) {
        const Measurement m = hcsim::bench::run_workload(name, small_settings());
        expect_required_keys(m);
        ASSERT_TRUE(m.matches_reference.has_value());
        EXPECT_TRUE(*m.matches_reference) << name;
    }
}

TEST(Bench, TandemScenarioThroughTheStackIsAnMmcLine) {
    const Measurement m = hcsim::bench::run_workload("tandem_stack", small_settings());
    expect_required_keys(m);
    ASSERT_TRUE(m.mean_time_in_system.has_value());
    // About 20,000 customers: with the line's strong autocorrelation a batch-means 95%
    // interval is roughly +-1 day here, so 1.5 days is a sanity bound; the full-size bench
    // run applies the 0.3-day gate.
    EXPECT_NEAR(*m.mean_time_in_system, *m.exact_time_in_system, 1.5);
    EXPECT_GT(m.households, 15000U);
}

TEST(Bench, DistrictResultsDoNotDependOnThreads) {
    for (const char* name : {"district_coordinators-2017", "district_city"}) {
        const Measurement m = hcsim::bench::run_workload(name, small_settings());
        expect_required_keys(m);
        ASSERT_TRUE(m.identical_across_threads.has_value());
        EXPECT_TRUE(*m.identical_across_threads) << name;
        EXPECT_GT(m.households, 0U);
        EXPECT_TRUE(m.parallel_efficiency.has_value());
    }
}
