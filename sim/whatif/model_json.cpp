// One list of fields per struct (`fields`), visited by the writer and by the reader, so the two
// directions cannot drift apart.
#include "hcsim/whatif/model_json.hpp"

#include "hcsim/error.hpp"

#include <cmath>
#include <concepts>
#include <limits>
#include <type_traits>

namespace hcsim::whatif {

using nlohmann::json;

namespace {

template <class S, class T>
concept is = std::same_as<std::remove_const_t<S>, T>;

// The fields of each struct, in declaration order. `S` is the struct, const or not.
template <class V, class S>
requires is<S, model::Distribution>
void fields(V&& v, S& d) {
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
requires is<S, model::GroupSpec>
void fields(V&& v, S& g) {
    v("name", g.name);
    v("children", g.children);
    v("needs", g.needs);
}
template <class V, class S>
requires is<S, model::CapacityChange>
void fields(V&& v, S& c) {
    v("day", c.day);
    v("capacity", c.capacity);
}
template <class V, class S>
requires is<S, model::StateSpec>
void fields(V&& v, S& s) {
    v("name", s.name);
    v("kind", s.kind);
    v("cost_per_day", s.cost_per_day);
    v("capacity", s.capacity);
    v("capacity_changes", s.capacity_changes);
    v("overflow", s.overflow);
    v("payer", s.payer);
}
template <class V, class S>
requires is<S, model::EventCost>
void fields(V&& v, S& c) {
    v("payer", c.payer);
    v("amount", c.amount);
}
template <class V, class S>
requires is<S, model::ExitSpec>
void fields(V&& v, S& e) {
    v("name", e.name);
    v("destination", e.destination);
    v("probability", e.probability);
    v("delay", e.delay);
    v("eviction", e.eviction);
    v("costs", e.costs);
    v("only_if_came_from", e.only_if_came_from);
}
template <class V, class S>
requires is<S, model::ArrivalSpec>
void fields(V&& v, S& a) {
    v("into", a.into);
    v("per_year", a.per_year);
    v("trend_per_year", a.trend_per_year);
    v("seasonality", a.seasonality);
}
template <class V, class S>
requires is<S, model::Period>
void fields(V&& v, S& p) {
    v("start", p.start);
    v("end", p.end);
}
template <class V, class S>
requires is<S, model::StaffEffect>
void fields(V&& v, S& e) {
    v("state", e.state);
    v("exit", e.exit);
    v("group", e.group);
    v("relative_risk", e.relative_risk);
    v("delay_factor", e.delay_factor);
}
template <class V, class S>
requires is<S, model::LastingEffect>
void fields(V&& v, S& l) {
    v("share", l.share);
    v("half_life_days", l.half_life_days);
    v("states", l.states);
}
template <class V, class S>
requires is<S, model::PlacesAdded>
void fields(V&& v, S& p) {
    v("state", p.state);
    v("places", p.places);
}
template <class V, class S>
requires is<S, model::OutreachSpec>
void fields(V&& v, S& o) {
    v("into", o.into);
    v("per_fte_year", o.per_fte_year);
}
template <class V, class S>
requires is<S, model::StaffPoolSpec>
void fields(V&& v, S& p) {
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
requires is<S, model::FixedCostSpec>
void fields(V&& v, S& f) {
    v("name", f.name);
    v("amount", f.amount);
    v("active", f.active);
    v("payer", f.payer);
    v("title", f.title);
    v("funding", f.funding);
}
template <class V, class S>
requires is<S, model::InitialStock>
void fields(V&& v, S& i) {
    v("state", i.state);
    v("group", i.group);
    v("count", i.count);
}
template <class V, class S>
requires is<S, model::BudgetCalendar>
void fields(V&& v, S& c) {
    v("first_year", c.first_year);
    v("offset_days", c.offset_days);
}
template <class V, class S>
requires is<S, model::ModelSpec>
void fields(V&& v, S& m) {
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
template <class V, class S>
requires is<S, scenario::Indicator>
void fields(V&& v, S& i) {
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

template <class T>
concept has_fields = requires(T& t) {
    fields([](const char*, auto&) {}, t);
};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};
template <class T>
struct is_array : std::false_type {};
template <class T, std::size_t N>
struct is_array<std::array<T, N>> : std::true_type {};

template <class T>
json encode(const T& value) {
    if constexpr (std::is_same_v<T, double>) {
        if (std::isnan(value)) {
            return "nan";
        }
        if (std::isinf(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return value;
    } else if constexpr (std::is_enum_v<T>) {
        return static_cast<long long>(value);
    } else if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> ||
                         std::is_same_v<T, std::string>) {
        return value;
    } else if constexpr (is_optional<T>::value) {
        return value ? encode(*value) : json(nullptr);
    } else if constexpr (is_vector<T>::value || is_array<T>::value) {
        json list = json::array();
        for (const auto& item : value) {
            list.push_back(encode(item));
        }
        return list;
    } else {
        static_assert(has_fields<T>, "a struct without a field list");
        json object = json::object();
        fields([&](const char* key, const auto& field) { object[key] = encode(field); }, value);
        return object;
    }
}

[[noreturn]] void fail(const std::string& what) {
    throw BadInput("the what-if model is not what this program wrote: " + what);
}

template <class T>
void decode(const json& in, T& out) {
    if constexpr (std::is_same_v<T, double>) {
        if (in.is_string()) {
            const auto& text = in.get_ref<const std::string&>();
            if (text == "inf" || text == "-inf") {
                out = text == "inf" ? std::numeric_limits<double>::infinity()
                                    : -std::numeric_limits<double>::infinity();
            } else if (text == "nan") {
                out = std::numeric_limits<double>::quiet_NaN();
            } else {
                fail("a number reads \"" + text + "\"");
            }
        } else {
            out = in.get<double>();
        }
    } else if constexpr (std::is_enum_v<T>) {
        out = static_cast<T>(in.get<long long>());
    } else if constexpr (std::is_same_v<T, bool> || std::is_integral_v<T> ||
                         std::is_same_v<T, std::string>) {
        out = in.get<T>();
    } else if constexpr (is_optional<T>::value) {
        if (in.is_null()) {
            out.reset();
        } else {
            decode(in, out.emplace());
        }
    } else if constexpr (is_vector<T>::value) {
        out.assign(in.size(), {});
        for (std::size_t i = 0; i < in.size(); ++i) {
            decode(in.at(i), out[i]);
        }
    } else if constexpr (is_array<T>::value) {
        if (in.size() != out.size()) {
            fail("a list of " + std::to_string(out.size()) + " has " + std::to_string(in.size()));
        }
        for (std::size_t i = 0; i < out.size(); ++i) {
            decode(in.at(i), out[i]);
        }
    } else {
        fields(
            [&](const char* key, auto& field) {
                if (!in.contains(key)) {
                    fail(std::string("no field ") + key);
                }
                decode(in.at(key), field);
            },
            out);
    }
}

template <class T>
T decoded(const json& in) {
    T out{};
    try {
        decode(in, out);
    } catch (const json::exception& e) {
        fail(e.what());
    }
    return out;
}

} // namespace

json to_json(const model::ModelSpec& spec) {
    return encode(spec);
}
model::ModelSpec spec_from_json(const json& in) {
    return decoded<model::ModelSpec>(in);
}
json to_json(const scenario::Indicator& indicator) {
    return encode(indicator);
}
scenario::Indicator indicator_from_json(const json& in) {
    return decoded<scenario::Indicator>(in);
}

} // namespace hcsim::whatif
