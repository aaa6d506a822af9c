// Groups, states and initial stocks; shared reference helpers.
#include "builders.hpp"

#include <algorithm>
#include <limits>

namespace hcsim::scenario::detail {

std::optional<std::size_t> find_name(const std::vector<std::string>& names,
                                     const std::string& name) {
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(found - names.begin());
}

NameList::NameList(std::vector<std::string> names) : names_(std::move(names)) {
    index_.reserve(names_.size());
    for (std::size_t i = 0; i < names_.size(); ++i) {
        index_.emplace(names_[i], i);
    }
}

std::optional<std::size_t> NameList::find(const std::string& name) const {
    const auto found = index_.find(name);
    if (found == index_.end()) {
        return std::nullopt;
    }
    return found->second;
}

namespace {
// The names a message offers as choices: the first few, so that a file with thousands of
// states does not get thousands of names in each message.
std::string list_names(const NameList& names) {
    constexpr std::size_t shown = 12;
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) {
        text += (text.empty() ? "" : ", ") + names[i];
    }
    if (names.size() > shown) {
        text += ", ... (" + std::to_string(names.size()) + " in all)";
    }
    return text;
}
} // namespace

namespace {

// A name that must be one of `declared`: its index, or an error listing them.
std::optional<std::size_t> declared_ref(const View& view, const NameList& declared,
                                        const std::string& kind, const std::string& plural) {
    const auto name = view.text();
    if (!name) {
        return std::nullopt;
    }
    const auto index = find_name(declared, *name);
    if (!index) {
        view.error("'" + *name + "' is not a declared " + kind + " (" + plural + ": " +
                   list_names(declared) + ")");
    }
    return index;
}

} // namespace

std::optional<model::StateIndex> state_ref(const View& view, const BuildContext& ctx) {
    return declared_ref(view, ctx.states, "state", "states");
}

std::optional<model::GroupIndex> group_ref(const View& view, const BuildContext& ctx) {
    return declared_ref(view, ctx.groups, "group", "groups");
}

model::PayerIndex payer_ref(const View& view, model::ModelSpec& spec) {
    return payer_index(view.present() ? view.name().value_or("district") : "district", spec);
}

model::PayerIndex payer_index(const std::string& name, model::ModelSpec& spec) {
    if (const auto index = find_name(spec.payers, name)) {
        return *index;
    }
    spec.payers.push_back(name);
    return spec.payers.size() - 1;
}

bool is_steady_state(const View& initial) {
    return initial.is_scalar() && initial.text() == "steady_state";
}

void note_source(const View& owner, const BuildContext& ctx) {
    if (ctx.sources == nullptr) {
        return;
    }
    if (const auto source = owner["source"].text()) {
        ctx.sources->push_back(SourcedValue{owner.path(), *source});
    }
}

std::vector<double> per_group_number(const View& view, const BuildContext& ctx,
                                     const FieldSchema& field) {
    const double min = field.min;
    const double max = field.max;
    const std::optional<double> fallback = field.default_value;
    std::vector<double> values(ctx.groups.size(), fallback.value_or(0.0));
    if (!view.present()) {
        if (!fallback) {
            view.error("is required");
        }
        return values;
    }
    if (!view.is_plain_map()) {
        const double value = view.number(min, max).value_or(values.empty() ? 0.0 : values[0]);
        std::fill(values.begin(), values.end(), value);
        return values;
    }
    std::optional<double> default_value = fallback;
    const ViewIndex entries(view);
    for (const auto& [key, entry] : view.entries()) {
        if (key == "default") {
            default_value = entry.number(min, max);
        } else if (key != "source" && !find_name(ctx.groups, key)) {
            entry.error("'" + key + "' is not a declared group (or 'default')");
        }
    }
    for (std::size_t g = 0; g < ctx.groups.size(); ++g) {
        const View entry = entries[ctx.groups[g]];
        if (entry.present()) {
            values[g] = entry.number(min, max).value_or(0.0);
        } else if (default_value) {
            values[g] = *default_value;
        } else {
            view.error("gives no value for group '" + ctx.groups[g] + "' and no 'default'");
        }
    }
    return values;
}

namespace {

// A build plan: `[{from_month: 4, capacity: 40}, {from_year: 2, capacity: 50}]`, in time order.
void read_capacity_changes(const View& view, model::StateSpec& state) {
    if (!view.present()) {
        return;
    }
    if (!view.is_sequence()) {
        view.error("expected a list of {from_year or from_month, capacity}");
        return;
    }
    if (!state.capacity) {
        view.error("needs 'capacity' (the places at the start)");
    }
    double last = 0.0;
    for (const View& item : view.items()) {
        if (!item.check_map({"from_year", "from_month", "capacity", "source"})) {
            continue;
        }
        const bool years = item["from_year"].present();
        if (years == item["from_month"].present()) {
            item.error("give exactly one of 'from_year' or 'from_month'");
            continue;
        }
        const View from = years ? item["from_year"] : item["from_month"];
        const auto when =
            from.integer(years ? fields::capacity_from_year : fields::capacity_from_month);
        if (!item["capacity"].present()) {
            item.error("needs 'capacity': the places from then on");
        }
        const auto capacity = item["capacity"].integer(fields::capacity_change);
        if (!when || !capacity) {
            continue;
        }
        const double day =
            static_cast<double>(*when - 1) * (years ? model::days_per_year : model::days_per_month);
        if (day <= last) {
            from.error("changes must be in time order, each after the last");
            continue;
        }
        last = day;
        state.capacity_changes.push_back({day, static_cast<std::size_t>(*capacity)});
    }
}

std::optional<model::StateKind> read_kind(const View& view) {
    const auto kind = view.text();
    if (!kind) {
        view.error("is required (housed, insecure, acute, long_term or absorbing)");
        return std::nullopt;
    }
    if (*kind == "housed")
        return model::StateKind::housed;
    if (*kind == "insecure")
        return model::StateKind::insecure;
    if (*kind == "acute")
        return model::StateKind::acute;
    if (*kind == "long_term")
        return model::StateKind::long_term;
    if (*kind == "absorbing")
        return model::StateKind::absorbing;
    view.error("'" + *kind +
               "' is not a state kind (housed, insecure, acute, long_term, absorbing)");
    return std::nullopt;
}

void build_states(const View& states, BuildContext& ctx, model::ModelSpec& spec) {
    const ViewIndex state_views(states);
    for (const std::string& name : ctx.states) {
        const View state = state_views[name];
        model::StateSpec out;
        out.name = name;
        out.cost_per_day.assign(ctx.groups.size(), 0.0);
        if (!state.present()) {
            state.error("needs at least 'kind' (housed, insecure, acute, long_term or absorbing)");
        }
        if (!state.check_map({"kind", "cost_per_day", "capacity", "capacity_changes", "overflow",
                              "payer", "source"})) {
            spec.states.push_back(out);
            continue;
        }
        note_source(state, ctx);
        out.kind = read_kind(state["kind"]).value_or(model::StateKind::housed);
        out.cost_per_day = per_group_number(state["cost_per_day"], ctx, fields::state_cost);
        if (state["capacity"].present()) {
            if (const auto capacity = state["capacity"].integer(fields::state_capacity)) {
                out.capacity = static_cast<std::size_t>(*capacity);
            }
        }
        read_capacity_changes(state["capacity_changes"], out);
        if (state["overflow"].present()) {
            out.overflow = state_ref(state["overflow"], ctx);
            if (!out.capacity) {
                state["overflow"].error(
                    "an overflow needs a capacity: without one the state is never full");
            }
        }
        out.payer = payer_ref(state["payer"], spec);
        spec.states.push_back(out);
    }
    spec.own_lease = find_name(ctx.states, "own_lease");
}

void build_initial(const View& initial, BuildContext& ctx, model::ModelSpec& spec) {
    if (!initial.present() || is_steady_state(initial)) {
        return; // steady_state: computed once every option is built (steady_state.cpp)
    }
    if (initial.is_scalar()) {
        initial.error("expected a map of stocks by state and group, or 'steady_state'");
        return;
    }
    if (!initial.expect_map()) {
        return;
    }
    for (const auto& [state_name, stocks] : initial.entries()) {
        if (state_name == "source") {
            note_source(initial, ctx);
            continue;
        }
        const auto state = find_name(ctx.states, state_name);
        if (!state) {
            stocks.error("'" + state_name + "' is not a declared state");
            continue;
        }
        if (!stocks.expect_map()) {
            continue;
        }
        for (const auto& [group_name, count] : stocks.entries()) {
            if (group_name == "source") {
                continue;
            }
            const auto group = find_name(ctx.groups, group_name);
            if (!group) {
                count.error("'" + group_name + "' is not a declared group");
                continue;
            }
            if (const auto n = count.integer(fields::initial_count)) {
                spec.initial.push_back({*state, *group, static_cast<std::uint32_t>(*n)});
            }
        }
    }
}

std::vector<int> read_priority(const View& priority, const BuildContext& ctx) {
    // Listed groups first, in list order; unlisted groups share the last rank (first come, first
    // served).
    std::vector<int> rank(ctx.groups.size(), static_cast<int>(ctx.groups.size()));
    int position = 0;
    for (const View& item : priority.list_items("groups, first served first")) {
        if (const auto g = group_ref(item, ctx)) {
            rank[*g] = position;
        }
        ++position;
    }
    return rank;
}

} // namespace

model::ModelSpec build_model(const View& merged, BuildContext& ctx) {
    model::ModelSpec spec;
    spec.payers = {"district"};
    spec.horizon_days = ctx.horizon_days;
    spec.discount_rate = merged["discount_rate"].number_or(fields::discount_rate);
    const ViewIndex group_views(merged["groups"]);
    for (const std::string& group_name : ctx.groups) {
        const View group = group_views[group_name];
        model::GroupSpec out;
        out.name = group_name;
        if (group.present() && group.check_map({"children", "needs", "source"})) {
            out.children = group["children"].number_or(fields::group_children);
            for (const View& need : group["needs"].items()) {
                out.needs.push_back(need.name().value_or(""));
            }
            note_source(group, ctx);
        }
        spec.groups.push_back(out);
    }
    spec.group_rank = read_priority(merged["priority"], ctx);
    build_states(merged["states"], ctx, spec);
    build_initial(merged["initial"], ctx, spec);
    build_chain(merged, ctx, spec);
    build_staff(merged, ctx, spec);
    return spec;
}

} // namespace hcsim::scenario::detail
