#pragma once
// What one replication of one option produced: counts, household-days, waits, costs, and
// the monthly picture. Analysis turns these into metrics with confidence intervals.
#include "hcsim/kernel/statistics.hpp"
#include "hcsim/model/ledger.hpp"

#include <cstdint>
#include <vector>

namespace hcsim::model {

struct StaffPoolResult {
    std::uint64_t referred = 0;  // households referred to the pool
    std::uint64_t unreached = 0; // contact failed after every attempt: usual care
    std::uint64_t gave_up = 0;   // waited longer than the maximum for a slot: usual care
    std::uint64_t served = 0;    // households given a caseload slot
    double slot_days_used = 0.0;
    double slot_days_available = 0.0;
};

struct ReplicationResult {
    std::vector<double> state_days;                      // household-days by state
    std::vector<std::vector<std::uint64_t>> transitions; // moves [from][to]
    // Moves by group, [group][from][to] flattened (group_transition() reads one).
    std::vector<std::uint64_t> group_transitions;
    std::vector<std::uint64_t> placed_by_state; // households starting or arriving in a state
    std::vector<std::uint64_t> served_by_state; // staff places given, by the household's state
    std::vector<std::uint64_t> evictions_by_year;
    std::vector<std::uint64_t> evictions_with_children_by_year;
    std::vector<std::uint64_t> evictions_by_group; // over the horizon, by group
    double children_evicted = 0.0;
    std::vector<std::uint64_t> to_own_lease_by_year; // moves into own_lease from outside housing
    kernel::Tally homeless_to_own_lease_days;        // first homeless day to own lease
    std::vector<kernel::Tally> admission_waits;      // by capacity-limited state
    std::vector<std::vector<std::uint32_t>> monthly_counts; // [month][state], at month end
    std::vector<std::uint32_t> final_counts;                // by state, at the horizon
    std::vector<StaffPoolResult> staff;
    CostLedger costs;
    std::uint64_t households = 0;
    std::uint64_t events = 0;

    [[nodiscard]] std::uint64_t group_transition(std::size_t group, std::size_t from,
                                                 std::size_t to) const {
        const std::size_t states = transitions.size();
        return group_transitions[(group * states + from) * states + to];
    }
};

} // namespace hcsim::model
