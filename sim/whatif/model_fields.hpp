#pragma once
// The field lists of the built model's structs and of an indicator, for json_codec.hpp: in
// declaration order, in the structs' own namespaces, where the codec finds them.
#include "hcsim/model/spec.hpp"
#include "hcsim/scenario/indicators.hpp"

#include "json_codec.hpp"

namespace hcsim::model {

template <class V, class S>
requires whatif::codec::struct_of<S, Distribution>
void json_fields(V&& v, S& d) {
    v("kind", d.kind);
    v("mean", d.mean);
    v("cv", d.cv);
    v("shape", d.shape);
    v("min", d.min);
    v("max", d.max);
    v("values", d.values);
    v("weights", d.weights);
}
template <class V, class S>
requires whatif::codec::struct_of<S, GroupSpec>
void json_fields(V&& v, S& g) {
    v("name", g.name);
    v("children", g.children);
    v("needs", g.needs);
}
template <class V, class S>
requires whatif::codec::struct_of<S, CapacityChange>
void json_fields(V&& v, S& c) {
    v("day", c.day);
    v("capacity", c.capacity);
}
template <class V, class S>
requires whatif::codec::struct_of<S, StateSpec>
void json_fields(V&& v, S& s) {
    v("name", s.name);
    v("kind", s.kind);
    v("cost_per_day", s.cost_per_day);
    v("capacity", s.capacity);
    v("capacity_changes", s.capacity_changes);
    v("overflow", s.overflow);
    v("payer", s.payer);
}
template <class V, class S>
requires whatif::codec::struct_of<S, EventCost>
void json_fields(V&& v, S& c) {
    v("payer", c.payer);
    v("amount", c.amount);
}
template <class V, class S>
requires whatif::codec::struct_of<S, ExitSpec>
void json_fields(V&& v, S& e) {
    v("name", e.name);
    v("destination", e.destination);
    v("probability", e.probability);
    v("delay", e.delay);
    v("eviction", e.eviction);
    v("costs", e.costs);
    v("only_if_came_from", e.only_if_came_from);
}
template <class V, class S>
requires whatif::codec::struct_of<S, ArrivalSpec>
void json_fields(V&& v, S& a) {
    v("into", a.into);
    v("per_year", a.per_year);
    v("trend_per_year", a.trend_per_year);
    v("seasonality", a.seasonality);
}
template <class V, class S>
requires whatif::codec::struct_of<S, Period>
void json_fields(V&& v, S& p) {
    v("start", p.start);
    v("end", p.end);
}
template <class V, class S>
requires whatif::codec::struct_of<S, StaffEffect>
void json_fields(V&& v, S& e) {
    v("state", e.state);
    v("exit", e.exit);
    v("group", e.group);
    v("relative_risk", e.relative_risk);
    v("delay_factor", e.delay_factor);
}
template <class V, class S>
requires whatif::codec::struct_of<S, LastingEffect>
void json_fields(V&& v, S& l) {
    v("share", l.share);
    v("half_life_days", l.half_life_days);
    v("states", l.states);
}
template <class V, class S>
requires whatif::codec::struct_of<S, PlacesAdded>
void json_fields(V&& v, S& p) {
    v("state", p.state);
    v("places", p.places);
}
template <class V, class S>
requires whatif::codec::struct_of<S, OutreachSpec>
void json_fields(V&& v, S& o) {
    v("into", o.into);
    v("per_fte_year", o.per_fte_year);
}
template <class V, class S>
requires whatif::codec::struct_of<S, StaffPoolSpec>
void json_fields(V&& v, S& p) {
    v("role", p.role);
    v("title", p.title);
    v("fte", p.fte);
    v("cost_per_fte_year", p.cost_per_fte_year);
    v("active", p.active);
    v("caseload_per_fte", p.caseload_per_fte);
    v("client_time_share", p.client_time_share);
    v("serves", p.serves);
    v("groups", p.groups);
    v("contact_success", p.contact_success);
    v("contact_attempts", p.contact_attempts);
    v("days_between_attempts", p.days_between_attempts);
    v("max_wait_days", p.max_wait_days);
    v("group_rank", p.group_rank);
    v("state_rank", p.state_rank);
    v("payer", p.payer);
    v("payer_by_year", p.payer_by_year);
    v("effects", p.effects);
    v("funding", p.funding);
    v("support_days", p.support_days);
    v("ends_on_leaving", p.ends_on_leaving);
    v("goal", p.goal);
    v("follow_up_in", p.follow_up_in);
    v("serves_moves_to", p.serves_moves_to);
    v("move_lead_days", p.move_lead_days);
    v("lasting", p.lasting);
    v("adds_places", p.adds_places);
    v("outreach", p.outreach);
}
template <class V, class S>
requires whatif::codec::struct_of<S, FixedCostSpec>
void json_fields(V&& v, S& f) {
    v("name", f.name);
    v("amount", f.amount);
    v("active", f.active);
    v("payer", f.payer);
    v("title", f.title);
    v("funding", f.funding);
}
template <class V, class S>
requires whatif::codec::struct_of<S, InitialStock>
void json_fields(V&& v, S& i) {
    v("state", i.state);
    v("group", i.group);
    v("count", i.count);
}
template <class V, class S>
requires whatif::codec::struct_of<S, BudgetCalendar>
void json_fields(V&& v, S& c) {
    v("first_year", c.first_year);
    v("offset_days", c.offset_days);
}
template <class V, class S>
requires whatif::codec::struct_of<S, ModelSpec>
void json_fields(V&& v, S& m) {
    v("groups", m.groups);
    v("states", m.states);
    v("exits", m.exits);
    v("arrivals", m.arrivals);
    v("initial", m.initial);
    v("staff", m.staff);
    v("fixed_costs", m.fixed_costs);
    v("group_rank", m.group_rank);
    v("payers", m.payers);
    v("own_lease", m.own_lease);
    v("horizon_days", m.horizon_days);
    v("discount_rate", m.discount_rate);
    v("calendar", m.calendar);
    v("max_events", m.max_events);
}
} // namespace hcsim::model

namespace hcsim::scenario {

template <class V, class S>
requires whatif::codec::struct_of<S, Indicator>
void json_fields(V&& v, S& i) {
    v("name", i.name);
    v("title", i.title);
    v("measure", i.measure);
    v("states", i.states);
    v("from", i.from);
    v("to", i.to);
    v("group", i.group);
    v("month", i.month);
    v("metric", i.metric);
    v("source", i.source);
}

} // namespace hcsim::scenario
