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
    const auto from = view[from_key].present() ? view[from_key].integer(1, 12000) : 1;
    const auto to = view[to_key].present() ? view[to_key].integer(1, 12000) : std::nullopt;
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

// `funding: own | applied`; without it a line the district pays is its own co-funding and
// any other payer's is applied for.
model::Funding read_funding(const View& view, model::PayerIndex payer,
                            const model::ModelSpec& spec) {
    if (!view.present()) {
        return spec.payers[payer] == "district" ? model::Funding::own : model::Funding::applied;
    }
    const std::string value = view.name().value_or("");
    if (value != "own" && value != "applied") {
        view.error("must be 'own' (egen finansiering) or 'applied' (sökta medel), not '" + value +
                   "'");
    }
    return value == "own" ? model::Funding::own : model::Funding::applied;
}

void build_effects(const View& effects, BuildContext& ctx, const model::ModelSpec& spec,
                   model::StaffPoolSpec& pool) {
    if (!effects.present()) {
        return;
    }
    if (!effects.is_sequence()) {
        effects.error("expected a list of effects");
        return;
    }
    for (const View& item : effects.items()) {
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
            if (std::find(pool.serves.begin(), pool.serves.end(), *state) == pool.serves.end()) {
                item["state"].error("the role does not serve state '" + ctx.states[*state] +
                                    "': add it to 'serves' or the effect never applies");
            }
        }
        if (item["group"].present()) {
            effect.group = group_ref(item["group"], ctx);
        }
        effect.relative_risk = item["relative_risk"].number_or(1.0, 0.0, 100.0);
        effect.delay_factor = item["delay_factor"].number_or(1.0, 0.01, 100.0);
        pool.effects.push_back(effect);
    }
}

} // namespace

void build_staff(const View& merged, BuildContext& ctx, model::ModelSpec& spec) {
    const View staff = merged["staff"];
    if (staff.present() && staff.expect_map()) {
        for (const std::string& role : staff.keys()) {
            const View item = staff[role];
            if (!item.check_map({"fte", "cost_per_fte_year", "active", "caseload_per_fte", "serves",
                                 "groups", "contact", "max_wait_days", "priority", "payer",
                                 "funding", "title", "effects", "source"})) {
                continue;
            }
            note_source(item, ctx);
            model::StaffPoolSpec pool;
            pool.role = role;
            pool.fte = item["fte"].number_or(0.0, 0.0, 1000.0);
            if (!item["fte"].present()) {
                item.error("needs 'fte' (full-time equivalents)");
            }
            pool.cost_per_fte_year = item["cost_per_fte_year"].number_or(0.0, 0.0, 1e8);
            if (!item["cost_per_fte_year"].present()) {
                item.error(
                    "needs 'cost_per_fte_year' (SEK per full-time year, with employer on-costs)");
            }
            pool.active = read_period(item["active"], ctx);
            pool.caseload_per_fte = item["caseload_per_fte"].number_or(0.0, 0.0, 10000.0);
            if (!item["caseload_per_fte"].present()) {
                item.error(
                    "needs 'caseload_per_fte' (households one full-time worker holds at once)");
            }
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
                pool.contact_success = contact["p_success"].number_or(1.0, 0.0, 1.0);
                pool.contact_attempts = static_cast<int>(
                    contact["attempts"].present() ? contact["attempts"].integer(1, 100).value_or(1)
                                                  : 1);
                pool.days_between_attempts = contact["days_between"].number_or(0.0, 0.0, 3650.0);
            }
            pool.max_wait_days =
                item["max_wait_days"].number_or(std::numeric_limits<double>::infinity(), 0.0, 1e6);
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
            pool.funding = read_funding(item["funding"], pool.payer, spec);
            pool.title = item["title"].text().value_or("");
            build_effects(item["effects"], ctx, spec, pool);
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
                cost.amount = item["amount"].number_or(0.0, 0.0, 1e10);
            } else {
                cost.amount = item["per_year"].number_or(0.0, 0.0, 1e10) *
                              (cost.active.end - cost.active.start) / model::days_per_year;
            }
            cost.payer = payer_ref(item["payer"], spec);
            cost.funding = read_funding(item["funding"], cost.payer, spec);
            cost.title = item["title"].text().value_or("");
            spec.fixed_costs.push_back(cost);
        }
    }
}

} // namespace hcsim::scenario::detail
