#pragma once
// Small housing chains built in code (no YAML) for model tests.
#include "hcsim/model/spec.hpp"

namespace hcsim::test {

inline model::ExitSpec exit_to(std::string name, std::optional<model::StateIndex> to, double p,
                               model::Distribution delay, std::size_t groups = 1) {
    model::ExitSpec e;
    e.name = std::move(name);
    e.destination.assign(groups, to);
    e.probability.assign(groups, p);
    e.delay.assign(groups, delay);
    return e;
}

inline model::StateSpec state(std::string name, model::StateKind kind, double cost = 0.0,
                              std::size_t groups = 1) {
    model::StateSpec s;
    s.name = std::move(name);
    s.kind = kind;
    s.cost_per_day.assign(groups, cost);
    return s;
}

// at_risk -> (resolved: own_lease | evicted: shelter); shelter -> own_lease | left.
// One group (adult, no children) unless `with_families`, which adds a family group.
inline model::ModelSpec eviction_chain(bool with_families = false) {
    using model::Distribution;
    using model::StateKind;
    const std::size_t groups = with_families ? 2 : 1;
    model::ModelSpec spec;
    spec.groups = {{"adult", 0.0, {}}};
    if (with_families) {
        spec.groups.push_back({"family", 2.0, {}});
    }
    spec.group_rank.assign(groups, 0);
    if (with_families) {
        spec.group_rank = {1, 0};
    }
    spec.payers = {"district", "landlord"};
    spec.states = {state("own_lease", StateKind::housed, 0.0, groups),
                   state("at_risk", StateKind::housed, 0.0, groups),
                   state("shelter", StateKind::acute, 1100.0, groups),
                   state("left_area", StateKind::absorbing, 0.0, groups)};
    spec.own_lease = 0;
    spec.exits.resize(4);
    auto evicted = exit_to("evicted", 2, 0.2, Distribution::exponential(60.0), groups);
    evicted.eviction = true;
    evicted.costs = {{1, 30000.0}, {0, 900.0}};
    spec.exits[1] = {exit_to("resolved", 0, 0.8, Distribution::exponential(45.0), groups), evicted};
    spec.exits[2] = {exit_to("housed", 0, 0.6, Distribution::exponential(120.0), groups),
                     exit_to("left", 3, 0.4, Distribution::exponential(90.0), groups)};
    model::ArrivalSpec threats;
    threats.into = 1;
    threats.per_year.assign(groups, 200.0);
    spec.arrivals = {threats};
    spec.initial = {{2, 0, 10}};
    spec.horizon_days = 2 * model::days_per_year;
    return spec;
}

// A prevention worker on at_risk: eviction risk x `relative_risk`, plenty of slots.
inline model::StaffPoolSpec prevention_pool(double fte, double relative_risk,
                                            std::size_t groups = 1) {
    model::StaffPoolSpec pool;
    pool.role = "bosamordnare";
    pool.fte = fte;
    pool.cost_per_fte_year = 650000.0;
    pool.caseload_per_fte = 400.0;
    pool.serves = {1};
    pool.group_rank.assign(groups, 0);
    pool.effects = {{1, 1, std::nullopt, relative_risk, 1.0}};
    return pool;
}

} // namespace hcsim::test
