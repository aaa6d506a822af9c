#pragma once
// The housing chain as plain values: what the scenario layer builds from YAML and the
// simulation reads. Names are resolved to indices once; per-group values are vectors
// indexed by group.
#include "hcsim/model/distribution.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace hcsim::model {

using GroupIndex = std::size_t;
using StateIndex = std::size_t;
using PayerIndex = std::size_t;

inline constexpr double days_per_year = 365.0;
inline constexpr double days_per_month = days_per_year / 12.0;

// Housed: own lease or a lease under threat. Insecure: sublets, lodging, transitional.
// Acute and long_term: homeless as Stockholm counts it. Absorbing: out of the model.
enum class StateKind { housed, insecure, acute, long_term, absorbing };

[[nodiscard]] constexpr bool is_homeless(StateKind kind) noexcept {
    return kind == StateKind::acute || kind == StateKind::long_term;
}

struct GroupSpec {
    std::string name;
    double children = 0.0; // children per household; > 0 marks a family with children
    std::vector<std::string> needs;
};

// From `day` on, a state has `capacity` places (a build plan). Nobody is moved out when
// places go: the state admits no one until it is below the new capacity.
struct CapacityChange {
    double day = 0.0;
    std::size_t capacity = 0;
};

struct StateSpec {
    std::string name;
    StateKind kind = StateKind::housed;
    std::vector<double> cost_per_day; // SEK per household-day, by group
    std::optional<std::size_t> capacity;
    std::vector<CapacityChange> capacity_changes; // by day; needs `capacity`
    std::optional<StateIndex> overflow;           // where a household goes when this state is full
    PayerIndex payer = 0;
};

struct EventCost {
    PayerIndex payer = 0;
    double amount = 0.0; // SEK per occurrence
};

struct ExitSpec {
    std::string name;
    std::vector<std::optional<StateIndex>> destination; // by group; nullopt = stays for good
    std::vector<double> probability;                    // by group
    std::vector<Distribution> delay;                    // by group
    bool eviction = false;
    std::vector<EventCost> costs;
    std::vector<StateIndex> only_if_came_from; // empty: always possible
};

struct ArrivalSpec {
    StateIndex into = 0;
    std::vector<double> per_year; // by group
    double trend_per_year = 0.0;  // rate(t) = per_year * (1 + trend * t_years)
    std::array<double, 12> seasonality{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
};

// A half-open span of simulated days [start, end).
struct Period {
    double start = 0.0;
    double end = std::numeric_limits<double>::infinity();
    [[nodiscard]] double overlap(double from, double to) const noexcept {
        const double lo = from > start ? from : start;
        const double hi = to < end ? to : end;
        return hi > lo ? hi - lo : 0.0;
    }
};

struct StaffEffect {
    StateIndex state = 0;
    std::size_t exit = 0; // index into the state's exits
    std::optional<GroupIndex> group;
    double relative_risk = 1.0; // multiplies the exit's probability (others renormalised)
    double delay_factor = 1.0;  // multiplies the remaining delay while the household is held
};

// What remains of a role's effects after its active period (methods taken into ordinary
// work): each effect's log-size times share x 0.5^(days since the end / half_life_days), for
// every household in the listed states that no pool holds.
struct LastingEffect {
    double share = 0.0;
    double half_life_days = std::numeric_limits<double>::infinity();
    std::vector<StateIndex> states; // empty: every state the role's effects name
};

// Places a role's landlord work adds to a state while the role is active.
struct PlacesAdded {
    StateIndex state = 0;
    std::size_t places = 0;
};

// Households not known to social services that a role finds and brings into a state while
// active: a Poisson stream of fte x per_fte_year a year, by group.
struct OutreachSpec {
    StateIndex into = 0;
    std::vector<double> per_fte_year; // by group
};

struct StaffPoolSpec {
    std::string role;
    std::string title; // the role as the application names it, for reports; empty if none
    double fte = 0.0;
    double cost_per_fte_year = 0.0;
    Period active;
    double caseload_per_fte = 0.0;
    double client_time_share = 1.0; // of each FTE on clients; the rest is costed, holds no case
    std::vector<StateIndex> serves;
    std::vector<GroupIndex> groups; // the groups it takes on; empty: every group
    double contact_success = 1.0;   // per attempt
    int contact_attempts = 1;
    double days_between_attempts = 0.0;
    double max_wait_days = std::numeric_limits<double>::infinity();
    std::vector<int> group_rank; // queue rank by group; lower is served first
    std::vector<int> state_rank; // queue rank by state, before the group's; empty: all equal
    PayerIndex payer = 0;
    std::vector<PayerIndex> payer_by_year; // by ledger year, the last for later years; or payer
    std::vector<StaffEffect> effects;
    // Support episodes: from the slot, at most support_days (none: while served); leaving a
    // state in ends_on_leaving or entering one in goal ends it too.
    std::optional<Distribution> support_days;
    std::vector<StateIndex> ends_on_leaving;
    std::vector<StateIndex> goal;
    std::vector<StateIndex> follow_up_in; // kept there after a move, but no new referrals
    // Households elsewhere whose next move goes to one of these states are referred
    // move_lead_days before the move (from the start of the stay when longer).
    std::vector<StateIndex> serves_moves_to;
    double move_lead_days = std::numeric_limits<double>::infinity();
    std::optional<LastingEffect> lasting;
    std::vector<PlacesAdded> adds_places;
    std::optional<OutreachSpec> outreach;

    [[nodiscard]] std::size_t slots() const noexcept;
    [[nodiscard]] bool takes_group(GroupIndex group) const noexcept {
        return groups.empty() || std::find(groups.begin(), groups.end(), group) != groups.end();
    }
    [[nodiscard]] int queue_rank(StateIndex state, GroupIndex group) const noexcept {
        const int by_state = state < state_rank.size() ? state_rank[state] : 0;
        return by_state * static_cast<int>(group_rank.size() + 1) + group_rank[group];
    }
    [[nodiscard]] PayerIndex payer_in_year(std::size_t year) const noexcept {
        return payer_by_year.empty() ? payer
                                     : payer_by_year[std::min(year, payer_by_year.size() - 1)];
    }
};

struct FixedCostSpec {
    std::string name;
    double amount = 0.0; // SEK in total, spread evenly over the active period
    Period active;
    PayerIndex payer = 0;
};

struct InitialStock {
    StateIndex state = 0;
    GroupIndex group = 0;
    std::uint32_t count = 0;
};

struct ModelSpec {
    std::vector<GroupSpec> groups;
    std::vector<StateSpec> states;
    std::vector<std::vector<ExitSpec>> exits; // by state
    std::vector<ArrivalSpec> arrivals;
    std::vector<InitialStock> initial;
    std::vector<StaffPoolSpec> staff;
    std::vector<FixedCostSpec> fixed_costs;
    std::vector<int> group_rank; // capacity-queue rank by group; lower is served first
    std::vector<std::string> payers;
    std::optional<StateIndex> own_lease; // the goal state: moves into it are counted
    double horizon_days = days_per_year;
    double discount_rate = 0.0;
    std::uint64_t max_events = 0; // per replication, a guard against runaway runs; 0: none

    [[nodiscard]] std::size_t years() const noexcept;
    [[nodiscard]] std::size_t months() const noexcept;
    [[nodiscard]] std::optional<StateIndex> find_state(const std::string& name) const;
};

} // namespace hcsim::model
