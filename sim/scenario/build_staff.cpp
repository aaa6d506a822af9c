// Staff pools, fixed project costs and active periods.
#include "builders.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hcsim::scenario::detail {

model::Period read_period(const View& view, const BuildContext& ctx) {
    model::Period period{0.0, ctx.horizon_days};
    if (!view.present() || !view.check_map({"from_year", "to_year", "from_month", "to_month"})) {
        return period;
    }
    const bool years = view["from_year"].present() || view["to_year"].present();
    const bool months = view["from_month"].present() || view["to_month"].present();
    if (years && months) {
        view.error("give either from_year/to_year or from_month/to_month, not both");
        return period;
    }
    const double unit = years ? model::days_per_year : model::days_per_month;
    const char* from_key = years ? "from_year" : "from_month";
    const char* to_key = years ? "to_year" : "to_month";
    const FieldSchema& from_field = years ? fields::active_from_year : fields::active_from_month;
    const FieldSchema& to_field = years ? fields::active_to_year : fields::active_to_month;
    const auto from = view[from_key].present() ? view[from_key].integer(from_field) : 1;
    const auto to = view[to_key].present() ? view[to_key].integer(to_field) : std::nullopt;
    if (from) {
        period.start = static_cast<double>(*from - 1) * unit;
    }
    if (to) {
        if (from && *to < *from) {
            view[to_key].error(std::string("must not be before ") + from_key);
        }
        period.end = static_cast<double>(*to) * unit;
    } else if (!view[to_key].present()) {
        period.end = std::numeric_limits<double>::infinity();
    }
    return period;
}

namespace {

// `funding: own | applied`; none: by each year's payer (model::funding_of).
std::optional<model::Funding> read_funding(const View& view) {
    if (!view.present()) {
        return std::nullopt;
    }
    const std::string value = view.name().value_or("");
    if (value != "own" && value != "applied") {
        view.error("must be 'own' (egen finansiering) or 'applied' (sökta medel), not '" + value +
                   "'");
    }
    return value == "own" ? model::Funding::own : model::Funding::applied;
}

bool contains(const std::vector<model::StateIndex>& states, model::StateIndex state) {
    return std::find(states.begin(), states.end(), state) != states.end();
}

// A state where the role holds households: served, or left by a move it prepares for.
bool acts_in(const model::StaffPoolSpec& pool, const model::ModelSpec& spec,
             model::StateIndex state) {
    if (contains(pool.serves, state) || contains(pool.follow_up_in, state)) {
        return true;
    }
    for (const model::ExitSpec& exit : spec.exits[state]) {
        for (const auto& to : exit.destination) {
            if (to && contains(pool.serves_moves_to, *to)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<model::StateIndex> state_list(const View& view, const BuildContext& ctx) {
    return resolved_items(view, "states", [&](const View& item) { return state_ref(item, ctx); });
}

// Support episodes: how long, and what else ends them.
void build_episodes(const View& item, const BuildContext& ctx, model::StaffPoolSpec& pool) {
    if (item["support_days"].present()) {
        pool.support_days = read_distribution(item["support_days"]);
    }
    pool.ends_on_leaving = state_list(item["ends_on_leaving"], ctx);
    pool.goal = state_list(item["goal"], ctx);
    pool.follow_up_in = state_list(item["follow_up_in"], ctx);
    for (const model::StateIndex state : pool.goal) {
        if (contains(pool.serves, state)) {
            item["goal"].error("'" + ctx.states[state] +
                               "' is both a goal and served: support would end on arrival");
        }
    }
}

// Whom the role takes first, and households it takes on before a move.
void build_targeting(const View& item, const BuildContext& ctx, model::StaffPoolSpec& pool) {
    if (const View order = item["state_priority"]; order.present()) {
        const auto listed = state_list(order, ctx);
        pool.state_rank.assign(ctx.states.size(), static_cast<int>(ctx.states.size()));
        for (std::size_t i = 0; i < listed.size(); ++i) {
            pool.state_rank[listed[i]] = static_cast<int>(i);
        }
    }
    pool.serves_moves_to = state_list(item["serves_moves_to"], ctx);
    if (item["move_lead_days"].present() && pool.serves_moves_to.empty()) {
        item["move_lead_days"].error("needs 'serves_moves_to' (the moves it prepares for)");
    }
    pool.move_lead_days = item["move_lead_days"].number_or(fields::staff_move_lead);
}

void build_lasting(const View& view, const BuildContext& ctx, model::StaffPoolSpec& pool) {
    if (!view.present() || !view.check_map({"share", "half_life_days", "states", "source"})) {
        return;
    }
    note_source(view, ctx);
    model::LastingEffect lasting;
    if (!view["share"].present()) {
        view.error("needs 'share': the part of the effect that remains when the role stops");
    }
    lasting.share = view["share"].number_or(fields::lasting_share);
    lasting.half_life_days = view["half_life_days"].number_or(fields::lasting_half_life);
    lasting.states = state_list(view["states"], ctx);
    pool.lasting = lasting;
}

void build_places(const View& view, const BuildContext& ctx, const model::ModelSpec& spec,
                  model::StaffPoolSpec& pool) {
    if (!view.present() || !view.expect_map()) {
        return;
    }
    for (const std::string& name : view.keys()) {
        if (name == "source") {
            note_source(view, ctx);
            continue;
        }
        const auto state = find_name(ctx.states, name);
        if (!state) {
            view[name].error("'" + name + "' is not a declared state");
            continue;
        }
        if (!spec.states[*state].capacity) {
            view[name].error("state '" + name + "' has no capacity to add places to");
            continue;
        }
        if (const auto places = view[name].integer(fields::added_places)) {
            pool.adds_places.push_back({*state, static_cast<std::size_t>(*places)});
        }
    }
}

void build_outreach(const View& view, BuildContext& ctx, const model::ModelSpec& spec,
                    model::StaffPoolSpec& pool) {
    if (!view.present() || !view.check_map({"into", "per_fte_year", "source"})) {
        return;
    }
    note_source(view, ctx);
    if (!view["into"].present()) {
        view.error("needs 'into': the state the households found are brought into");
    }
    if (!view["per_fte_year"].present()) {
        view.error("needs 'per_fte_year': households found per FTE and year, by group");
    }
    const auto into = state_ref(view["into"], ctx);
    model::OutreachSpec outreach;
    outreach.into = into.value_or(0);
    outreach.per_fte_year = per_group_number(view["per_fte_year"], ctx, fields::outreach_rate);
    // Like arrivals, the households found have nowhere to wait.
    for (auto target = into; target && spec.states[*target].capacity;
         target = spec.states[*target].overflow) {
        if (!spec.states[*target].overflow) {
            view["into"].error("'" + ctx.states[*into] +
                               "' has a capacity but no overflow chain ending in a state "
                               "without one: the households found would have nowhere to go");
            break;
        }
        if (*spec.states[*target].overflow == *into) {
            break; // an overflow loop, reported with the states
        }
    }
    pool.outreach = outreach;
}

void build_effects(const View& effects, BuildContext& ctx, const model::ModelSpec& spec,
                   model::StaffPoolSpec& pool) {
    for (const View& item : effects.list_items("effects")) {
        if (!item.check_map(
                {"state", "exit", "relative_risk", "delay_factor", "group", "source"})) {
            continue;
        }
        note_source(item, ctx);
        model::StaffEffect effect;
        const auto state = state_ref(item["state"], ctx);
        if (!item["state"].present()) {
            item.error("needs 'state'");
        }
        const auto exit_name = item["exit"].text();
        if (!exit_name) {
            item.error("needs 'exit': the name of one of the state's exits");
        }
        if (state && exit_name) {
            const auto& exits = spec.exits[*state];
            const auto found =
                std::find_if(exits.begin(), exits.end(),
                             [&](const model::ExitSpec& e) { return e.name == *exit_name; });
            if (found == exits.end()) {
                item["exit"].error("state '" + ctx.states[*state] + "' has no exit named '" +
                                   *exit_name + "'");
            } else {
                effect.exit = static_cast<std::size_t>(found - exits.begin());
            }
            effect.state = *state;
            if (!acts_in(pool, spec, *state)) {
                item["state"].error("the role does not serve state '" + ctx.states[*state] +
                                    "': add it to 'serves' (or a move from it to "
                                    "'serves_moves_to') or the effect never applies");
            }
        }
        if (item["group"].present()) {
            effect.group = group_ref(item["group"], ctx);
        }
        effect.relative_risk = item["relative_risk"].number_or(fields::effect_risk);
        effect.delay_factor = item["delay_factor"].number_or(fields::effect_delay);
        pool.effects.push_back(effect);
    }
}

} // namespace

void build_staff(const View& merged, BuildContext& ctx, model::ModelSpec& spec) {
    const View staff = merged["staff"];
    if (staff.present() && staff.expect_map()) {
        for (const std::string& role : staff.keys()) {
            const View item = staff[role];
            if (!item.check_map({"title",
                                 "fte",
                                 "cost_per_fte_year",
                                 "active",
                                 "caseload_per_fte",
                                 "client_time_share",
                                 "serves",
                                 "groups",
                                 "contact",
                                 "max_wait_days",
                                 "priority",
                                 "state_priority",
                                 "serves_moves_to",
                                 "move_lead_days",
                                 "support_days",
                                 "ends_on_leaving",
                                 "goal",
                                 "follow_up_in",
                                 "payer",
                                 "payer_by_year",
                                 "funding",
                                 "effects",
                                 "lasting",
                                 "adds_places",
                                 "outreach",
                                 "source"})) {
                continue;
            }
            note_source(item, ctx);
            model::StaffPoolSpec pool;
            pool.role = role;
            pool.title = item["title"].text().value_or("");
            pool.fte = item["fte"].number_or(fields::staff_fte);
            if (!item["fte"].present()) {
                item.error("needs 'fte' (full-time equivalents)");
            }
            pool.cost_per_fte_year = item["cost_per_fte_year"].number_or(fields::staff_cost);
            if (!item["cost_per_fte_year"].present()) {
                item.error(
                    "needs 'cost_per_fte_year' (SEK per full-time year, with employer on-costs)");
            }
            pool.active = read_period(item["active"], ctx);
            pool.caseload_per_fte = item["caseload_per_fte"].number_or(fields::staff_caseload);
            if (!item["caseload_per_fte"].present()) {
                item.error(
                    "needs 'caseload_per_fte' (households one full-time worker holds at once)");
            }
            pool.client_time_share = item["client_time_share"].number_or(fields::staff_client_time);
            if (!item["serves"].is_sequence()) {
                item.error("needs 'serves': the list of states whose households the role takes on");
            }
            for (const View& s : item["serves"].items()) {
                if (const auto state = state_ref(s, ctx)) {
                    pool.serves.push_back(*state);
                }
            }
            if (const View groups = item["groups"]; groups.present()) {
                if (!groups.is_sequence() || groups.items().empty()) {
                    groups.error("must list the groups the role takes on (leave it out for all)");
                }
                for (const View& g : groups.items()) {
                    if (const auto group = group_ref(g, ctx)) {
                        pool.groups.push_back(*group);
                    }
                }
            }
            const View contact = item["contact"];
            if (contact.present() &&
                contact.check_map({"p_success", "attempts", "days_between", "source"})) {
                pool.contact_success = contact["p_success"].number_or(fields::contact_success);
                pool.contact_attempts = static_cast<int>(
                    contact["attempts"].present()
                        ? contact["attempts"].integer(fields::contact_attempts).value_or(1)
                        : 1);
                pool.days_between_attempts =
                    contact["days_between"].number_or(fields::contact_days);
            }
            pool.max_wait_days = item["max_wait_days"].number_or(fields::staff_max_wait);
            pool.group_rank = spec.group_rank;
            if (item["priority"].present()) {
                int position = 0;
                std::fill(pool.group_rank.begin(), pool.group_rank.end(),
                          static_cast<int>(ctx.groups.size()));
                for (const View& g : item["priority"].items()) {
                    if (const auto group = group_ref(g, ctx)) {
                        pool.group_rank[*group] = position;
                    }
                    ++position;
                }
            }
            pool.payer = payer_ref(item["payer"], spec);
            pool.funding = read_funding(item["funding"]);
            if (const View by_year = item["payer_by_year"]; by_year.present()) {
                // An option may turn its parent's `payer` into a plan by year; one map may not
                // give both.
                const auto parent = [](const View& v) {
                    const std::string& path = v.top().path;
                    return *v.top().file + ":" + path.substr(0, path.rfind('.'));
                };
                if (item["payer"].present() && parent(item["payer"]) == parent(by_year)) {
                    by_year.error("give either 'payer' or 'payer_by_year', not both");
                }
                if (!by_year.is_sequence() || by_year.items().empty()) {
                    by_year.error("expected a list of payers: budget year 1, 2, ... (the last "
                                  "pays the later years)");
                }
                for (const View& payer : by_year.items()) {
                    if (const auto name = payer.name()) {
                        pool.payer_by_year.push_back(payer_index(*name, spec));
                    }
                }
            }
            build_episodes(item, ctx, pool);
            build_targeting(item, ctx, pool);
            build_effects(item["effects"], ctx, spec, pool);
            build_lasting(item["lasting"], ctx, pool);
            build_places(item["adds_places"], ctx, spec, pool);
            build_outreach(item["outreach"], ctx, spec, pool);
            spec.staff.push_back(std::move(pool));
        }
    }
    const View fixed = merged["fixed_costs"];
    if (fixed.present() && fixed.expect_map()) {
        for (const std::string& name : fixed.keys()) {
            const View item = fixed[name];
            if (!item.check_map(
                    {"amount", "per_year", "active", "payer", "funding", "title", "source"})) {
                continue;
            }
            note_source(item, ctx);
            model::FixedCostSpec cost;
            cost.name = name;
            cost.active = read_period(item["active"], ctx);
            if (!std::isfinite(cost.active.end)) {
                cost.active.end = ctx.horizon_days;
            }
            const bool total = item["amount"].present();
            const bool yearly = item["per_year"].present();
            if (total == yearly) {
                item.error(
                    "give exactly one of 'amount' (SEK over the active period) or 'per_year'");
            } else if (total) {
                cost.amount = item["amount"].number_or(fields::fixed_amount);
            } else {
                cost.amount = item["per_year"].number_or(fields::fixed_per_year) *
                              (cost.active.end - cost.active.start) / model::days_per_year;
            }
            cost.payer = payer_ref(item["payer"], spec);
            cost.funding = read_funding(item["funding"]);
            cost.title = item["title"].text().value_or("");
            spec.fixed_costs.push_back(cost);
        }
    }
}

} // namespace hcsim::scenario::detail
