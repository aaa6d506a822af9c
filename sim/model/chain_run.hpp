#pragma once
// Internal: the state of one replication while it runs. Split over chain_run.cpp (households
// and moves) and chain_staff.cpp (referrals and caseload slots).
#include "hcsim/kernel/random.hpp"
#include "hcsim/kernel/resource.hpp"
#include "hcsim/kernel/simulation.hpp"
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/model/exit_choice.hpp"

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace hcsim::model::detail {

enum class StaffStatus { none, contacting, waiting, held };

// Indices are stored in 32 bits and fields ordered to avoid padding: a city run keeps
// ~50,000 households, the tandem benchmark a million, and every one is written on arrival.
using CompactIndex = std::uint32_t;

struct Household {
    std::uint64_t stream_id = 0; // keys its random streams: the same in every option
    double entered_at = 0.0;
    double homeless_since = std::numeric_limits<double>::quiet_NaN();
    CompactIndex group = 0;
    CompactIndex state = 0;
    std::optional<CompactIndex> came_from;
    std::optional<CompactIndex> waiting_for; // a full destination it queues for, staying put

    // The current stay: fate uniforms, chosen exit, progress in base (usual-care) days.
    double u_outcome = 0.5;
    double u_delay = 0.5;
    double base_elapsed = 0.0;
    double last_change = 0.0;
    double delay_factor = 1.0;
    std::optional<CompactIndex> planned_exit;
    std::uint32_t visit = 0;
    std::optional<kernel::EventId> exit_event;
    kernel::Place state_place;
    kernel::Place granted_place;

    std::optional<CompactIndex> pool;
    StaffStatus staff = StaffStatus::none;
    std::optional<kernel::EventId> staff_event;
    kernel::Place slot;
};

struct ArrivalStream {
    std::size_t arrival = 0; // index into spec.arrivals
    GroupIndex group = 0;
    double max_rate_per_day = 0.0;
    // No trend and the same factor every month: every candidate is kept (its rate is the
    // peak rate, to the bit), so the rate need not be recomputed for each.
    bool constant_rate = false;
    kernel::RandomStream random;
    std::uint64_t accepted = 0;
};

// A staff pool's outreach for one group: households found at a constant rate while active.
struct OutreachStream {
    std::size_t pool = 0;
    GroupIndex group = 0;
    double rate_per_day = 0.0;
    std::uint64_t stream_index = 0; // numbered after the arrival streams (household ids)
    kernel::RandomStream random;
    std::uint64_t accepted = 0;
};

// Why a support episode ended (trace `support_ended`, written in the `to` column).
enum class SupportEnd { duration, left_state, goal, pool_ended };

class ChainRun {
public:
    ChainRun(const ModelSpec& spec, const RunKey& key, const TraceSink& trace);
    ChainRun(const ChainRun&) = delete;
    ChainRun& operator=(const ChainRun&) = delete;
    ~ChainRun();
    ReplicationResult run();

private:
    // Households and moves (chain_run.cpp).
    void add_household(std::uint64_t stream_id, GroupIndex group, StateIndex state);
    // The state an arrival enters: `state`, or along its overflow chain while full.
    [[nodiscard]] std::optional<kernel::Place> admit_arrival(std::size_t h, StateIndex& state);
    void start_stay(std::size_t h);
    void replan(std::size_t h);
    void on_exit_due(std::size_t h);
    void move(std::size_t h, StateIndex to, kernel::Place place);
    void close_stay_costs(const Household& household, double until);
    void on_arrival_candidate(std::size_t stream);
    void on_month_end(std::size_t month);
    void schedule_month_end(std::size_t month);
    void check_invariants(std::size_t month) const; // at the end of `month` (0-based)
    // Before household h moves from -> to by `event`: stocks stay non-negative, capacities
    // hold, the event budget is not spent. Throws naming the household, time and event.
    void check_move(std::size_t h, StateIndex from, StateIndex to, std::string_view event) const;
    // After the run: every cost but declared event costs (which may be savings) is >= 0.
    void check_costs() const;
    [[nodiscard]] double arrival_rate_per_day(const ArrivalSpec& arrival, GroupIndex group,
                                              double time) const;
    [[nodiscard]] const ExitModifiers& modifiers_for(const Household& household) const;
    // choose_exit for the household's state, group and modifiers, from the tables made once.
    [[nodiscard]] std::optional<CompactIndex>
    planned_exit_for(const Household& household, const ExitModifiers& modifiers) const;
    // Expected households over the horizon, to size households_ once.
    [[nodiscard]] std::size_t expected_households() const;
    void emit(std::string_view event, std::size_t h, std::optional<StateIndex> from,
              std::optional<StateIndex> to, std::optional<std::size_t> pool = std::nullopt,
              std::string_view reason = {}) const;

    // Staff pools (chain_staff.cpp).
    void refer(std::size_t h);
    void refer_to(std::size_t h, std::size_t pool);
    void on_contact(std::size_t h);
    void on_slot_granted(kernel::Place&& place);
    // A slot is held from now: trace, count, and the episode's end if it has a duration.
    void start_support(std::size_t h);
    void on_support_end(std::size_t h);
    void on_gave_up(std::size_t h);
    // `at`: the state the trace names (the one left, when a move ends the episode).
    void leave_pool(std::size_t h, bool replan_after, SupportEnd reason, StateIndex at);
    // After a move into `to` from `from`: the episode ends at a goal, on leaving the served
    // states or a state in ends_on_leaving.
    void check_support_after_move(std::size_t h, StateIndex from, StateIndex to);
    void on_pool_start(std::size_t pool);
    void on_pool_end(std::size_t pool);
    [[nodiscard]] bool pool_serves(std::size_t pool, StateIndex state) const;
    // Served, or a state it follows its households into.
    [[nodiscard]] bool pool_keeps(std::size_t pool, StateIndex state) const;
    // Serves the household's state and takes its group.
    [[nodiscard]] bool pool_takes(std::size_t pool, const Household& household) const;
    // A household not yet with a pool whose next move goes to a state a pool prepares for
    // (serves_moves_to): referred now if the move is within the lead time, else later.
    // `except`: a pool whose episode just ended (it does not take the household again).
    void consider_move_referral(std::size_t h, std::optional<std::size_t> except = std::nullopt);
    // A pool's places added to states (adds_places), +1 at its start and -1 at its end.
    void change_added_places(std::size_t pool, int sign);
    void set_capacity(StateIndex state);
    // Lasting effects: the weights now, and the usual-care modifiers they give.
    void update_lasting();
    void on_outreach_candidate(std::size_t stream);
    // Each pool's slot-days available and used over the horizon.
    void record_slot_use();

    const ModelSpec& spec_;
    RunKey key_;
    const TraceSink& trace_;
    kernel::Simulation sim_;
    ReplicationResult result_;
    // Resources are declared before the households so they outlive the places held.
    std::vector<std::unique_ptr<kernel::Resource>> places_; // by state; null if uncapacitated
    std::vector<std::unique_ptr<kernel::Resource>> slots_;  // by staff pool
    std::vector<Household> households_;
    std::vector<std::uint32_t> counts_; // households by state now
    std::vector<bool> pool_active_;
    std::vector<ArrivalStream> streams_;
    std::vector<OutreachStream> outreach_;
    // Exit modifiers computed once: usual care by state, staff by (pool, state, group).
    std::vector<ExitModifiers> usual_care_;
    std::vector<ExitModifiers> staff_modifiers_;
    // choose_exit's thresholds by (set, state, group), set 0 = usual care and p + 1 = staff
    // pool p: replan runs for every stay, and the comparisons depend on the stay's uniform only.
    struct ExitTable {
        std::uint32_t first = 0; // into table_exits_ and table_thresholds_
        std::uint32_t count = 0;
        bool by_origin = false; // an exit depends on the origin: choose_exit decides each time
    };
    std::vector<ExitTable> exit_tables_;
    std::vector<std::uint32_t> table_exits_;
    std::vector<double> table_thresholds_;
    // Usual care with lasting effects by (state, group); used once a pool with them has ended.
    std::vector<ExitModifiers> lasting_modifiers_;
    std::vector<double> lasting_since_; // by pool: day its lasting effect began, or NaN
    bool lasting_in_force_ = false;
    bool any_move_referrals_ = false; // some pool has serves_moves_to
    // Capacity by state now: the build plan's (capacity_changes) plus places added by pools.
    std::vector<std::size_t> planned_capacity_;
    std::vector<long long> added_places_;
    std::vector<std::size_t> over_capacity_allowed_; // households kept when places were cut
    std::size_t years_ = 1;                          // budget years of the horizon
    std::size_t events_item_ = 0;                    // ledger item of event costs
    std::size_t first_staff_item_ = 0;
    std::size_t first_fixed_item_ = 0;

    kernel::EventKind exit_kind_ = 0;
    kernel::EventKind admit_kind_ = 0;
    kernel::EventKind arrival_kind_ = 0;
    kernel::EventKind contact_kind_ = 0;
    kernel::EventKind gave_up_kind_ = 0;
    kernel::EventKind pool_start_kind_ = 0;
    kernel::EventKind pool_end_kind_ = 0;
    kernel::EventKind month_kind_ = 0;
    kernel::EventKind support_end_kind_ = 0;
    kernel::EventKind move_referral_kind_ = 0;
    kernel::EventKind lasting_kind_ = 0;
    kernel::EventKind capacity_kind_ = 0;
    kernel::EventKind outreach_kind_ = 0;
    std::vector<std::pair<StateIndex, std::size_t>> capacity_plan_; // (state, change) by event
};

} // namespace hcsim::model::detail
