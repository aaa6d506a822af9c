// Arrivals, exits and delay distributions.
#include "builders.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <unordered_set>

namespace hcsim::scenario::detail {

std::optional<model::Distribution> read_distribution(const View& view) {
    using model::DistributionKind;
    if (!view.expect_map()) {
        return std::nullopt;
    }
    const auto kind = view["dist"].text();
    if (!kind) {
        view.error(
            "needs 'dist' (exponential, gamma, lognormal, weibull, fixed, uniform, empirical)");
        return std::nullopt;
    }
    model::Distribution d;
    bool ok = true;
    auto need = [&](const char* key, const FieldSchema& field) {
        const auto v = view[key].number(field);
        if (!view[key].present()) {
            view.error("a " + *kind + " delay needs '" + key + "'");
        }
        ok = ok && v.has_value();
        return v.value_or(0.0);
    };
    if (*kind == "exponential") {
        ok = view.check_map({"dist", "mean_days"});
        d.kind = DistributionKind::exponential;
        d.mean = need("mean_days", fields::delay_mean);
    } else if (*kind == "gamma" || *kind == "lognormal") {
        ok = view.check_map({"dist", "mean_days", "cv"});
        d.kind = *kind == "gamma" ? DistributionKind::gamma : DistributionKind::lognormal;
        d.mean = need("mean_days", fields::delay_mean);
        d.cv = need("cv", fields::delay_cv);
    } else if (*kind == "weibull") {
        ok = view.check_map({"dist", "mean_days", "shape"});
        d.kind = DistributionKind::weibull;
        d.mean = need("mean_days", fields::delay_mean);
        d.shape = need("shape", fields::delay_shape);
    } else if (*kind == "fixed") {
        ok = view.check_map({"dist", "days"});
        d.kind = DistributionKind::fixed;
        d.mean = need("days", fields::delay_days);
    } else if (*kind == "uniform") {
        ok = view.check_map({"dist", "min_days", "max_days"});
        d.kind = DistributionKind::uniform;
        d.min = need("min_days", fields::delay_min);
        d.max = need("max_days", fields::delay_max);
        if (ok && d.max < d.min) {
            view["max_days"].error("must not be below min_days");
            ok = false;
        }
    } else if (*kind == "empirical") {
        ok = view.check_map({"dist", "days", "weights"});
        d.kind = DistributionKind::empirical;
        for (const View& item : view["days"].items()) {
            const auto v = item.number(fields::delay_days);
            ok = ok && v.has_value();
            d.values.push_back(v.value_or(0.0));
        }
        for (const View& item : view["weights"].items()) {
            const auto v = item.number(fields::delay_weights);
            ok = ok && v.has_value();
            d.weights.push_back(v.value_or(0.0));
        }
        if (d.values.empty()) {
            view["days"].present() ? view["days"].error("needs at least one value")
                                   : view.error("an empirical delay needs a list 'days'");
            ok = false;
        } else if (!d.weights.empty() && d.weights.size() != d.values.size()) {
            view["weights"].error("must have one weight per value in 'days'");
            ok = false;
        } else if (!d.weights.empty() && ok &&
                   std::all_of(d.weights.begin(), d.weights.end(),
                               [](double w) { return w == 0.0; })) {
            view["weights"].error("are all zero: no delay could ever be drawn (give at least one "
                                  "weight above 0, or leave 'weights' out for equal weights)");
            ok = false;
        }
    } else {
        view["dist"].error("'" + *kind +
                           "' is not a distribution (exponential, gamma, lognormal, weibull, "
                           "fixed, uniform, empirical)");
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    return d;
}

namespace {

void build_arrivals(const View& arrivals, BuildContext& ctx, model::ModelSpec& spec) {
    for (const View& item : arrivals.list_items("arrival streams")) {
        if (!item.check_map({"into", "per_year", "trend_per_year", "seasonality", "source"})) {
            continue;
        }
        note_source(item, ctx);
        model::ArrivalSpec out;
        if (!item["into"].present()) {
            item.error("needs 'into': the state households arrive in");
        }
        out.into = state_ref(item["into"], ctx).value_or(0);
        out.per_year = per_group_number(item["per_year"], ctx, fields::arrival_rate);
        if (!item["per_year"].present()) {
            item.error("needs 'per_year': arrivals per year by group");
        }
        out.trend_per_year = item["trend_per_year"].number_or(fields::arrival_trend);
        const View season = item["seasonality"];
        if (season.present()) {
            const auto months = season.items();
            if (months.size() != 12) {
                season.error("needs exactly 12 monthly multipliers, found " +
                             std::to_string(months.size()));
            } else {
                double sum = 0.0;
                for (std::size_t m = 0; m < 12; ++m) {
                    out.seasonality[m] = months[m].number(fields::arrival_season).value_or(1.0);
                    sum += out.seasonality[m];
                }
                if (std::abs(sum / 12.0 - 1.0) > 1e-6) {
                    season.error("monthly multipliers must average 1 (they scale the yearly rate), "
                                 "average is " +
                                 std::to_string(sum / 12.0));
                }
            }
        }
        spec.arrivals.push_back(out);
    }
}

// A map by group with an optional `default`: `take(g, entry)` for every declared group, with
// its own entry or the default. A key that is neither a group nor `default` is an error (with
// `hint` on what else it could mean), and so is a group left with neither.
template <typename Take>
void for_each_group(const View& by_group, const BuildContext& ctx, const std::string& what,
                    const std::string& hint, Take take) {
    for (const auto& [key, entry] : by_group.entries()) {
        if (key != "default" && !find_name(ctx.groups, key)) {
            entry.error("'" + key + "' is not a declared group (or 'default')" + hint);
        }
    }
    const ViewIndex entries(by_group);
    const View fallback = entries["default"];
    for (std::size_t g = 0; g < ctx.groups.size(); ++g) {
        const View given = entries[ctx.groups[g]];
        const View& entry = given.present() ? given : fallback;
        if (entry.present()) {
            take(g, entry);
        } else {
            by_group.error("gives no " + what + " for group '" + ctx.groups[g] +
                           "' and no 'default'");
        }
    }
}

std::vector<std::optional<model::StateIndex>> read_destination(const View& to,
                                                               const BuildContext& ctx) {
    std::vector<std::optional<model::StateIndex>> out(ctx.groups.size());
    auto resolve = [&](const View& v) -> std::optional<model::StateIndex> {
        const auto name = v.text();
        if (!name || *name == "stay") {
            return std::nullopt;
        }
        return state_ref(v, ctx);
    };
    if (!to.present()) {
        return out;
    }
    if (!to.is_map()) {
        const auto target = resolve(to);
        std::fill(out.begin(), out.end(), target);
        return out;
    }
    for_each_group(to, ctx, "destination", "",
                   [&](std::size_t g, const View& entry) { out[g] = resolve(entry); });
    return out;
}

std::vector<model::Distribution> read_delays(const View& delay, const BuildContext& ctx) {
    std::vector<model::Distribution> out(ctx.groups.size(), model::Distribution::fixed(0.0));
    if (delay.is_map() && !delay["dist"].present()) {
        for_each_group(delay, ctx, "delay", "; a single delay needs 'dist'",
                       [&](std::size_t g, const View& entry) {
                           if (const auto d = read_distribution(entry)) {
                               out[g] = *d;
                           }
                       });
        return out;
    }
    if (const auto d = read_distribution(delay)) {
        std::fill(out.begin(), out.end(), *d);
    }
    return out;
}

void read_event_costs(const View& cost, model::ModelSpec& spec,
                      std::vector<model::EventCost>& out) {
    if (!cost.present()) {
        return;
    }
    if (!cost.is_plain_map()) {
        if (const auto amount = cost.number(fields::exit_cost)) {
            out.push_back({0, *amount});
        }
        return;
    }
    for (const std::string& payer : cost.keys()) {
        if (const auto amount = cost[payer].number(fields::exit_cost)) {
            out.push_back({payer_index(payer, spec), *amount});
        }
    }
}

[[nodiscard]] bool is_rest(const View& p) {
    return p.is_scalar() && p.text() == std::optional<std::string>{"rest"};
}

// The rest exit's probability per group: one minus the others', refused where they exceed 1.
void fill_rest(std::vector<model::ExitSpec>& exits, std::size_t rest, const View& where,
               const BuildContext& ctx, const std::string& state_name) {
    for (std::size_t g = 0; g < ctx.groups.size(); ++g) {
        double others = 0.0;
        for (std::size_t e = 0; e < exits.size(); ++e) {
            if (e != rest) {
                others += exits[e].probability[g];
            }
        }
        if (others > 1.0 + 1e-9) {
            std::ostringstream message;
            message << "'rest' would be negative for group '" << ctx.groups[g]
                    << "': the other exits of state '" << state_name << "' sum to " << others
                    << ", more than 1";
            where.error(message.str());
        }
        exits[rest].probability[g] = std::max(0.0, 1.0 - others);
    }
}

} // namespace

void build_chain(const View& merged, BuildContext& ctx, model::ModelSpec& spec) {
    build_arrivals(merged["arrivals"], ctx, spec);
    spec.exits.assign(ctx.states.size(), {});
    const View exits = merged["exits"];
    if (!exits.present()) {
        return;
    }
    if (!exits.expect_map()) {
        return;
    }
    for (const auto& [state_name, list] : exits.entries()) {
        const auto state = find_name(ctx.states, state_name);
        if (!state) {
            list.error("'" + state_name + "' is not a declared state");
            continue;
        }
        if (!list.is_sequence()) {
            list.error("expected a list of competing exits");
            continue;
        }
        std::unordered_set<std::string> exit_names;
        // `p: rest` takes what the state's other exits leave (per group), so that one of them
        // can be calibrated or drawn in a PSA without breaking the sum to 1.
        std::optional<std::size_t> rest_exit;
        std::optional<View> rest_view;
        for (const View& item : list.items()) {
            if (!item.check_map({"name", "to", "p", "delay", "eviction", "cost",
                                 "only_if_came_from", "source"})) {
                continue;
            }
            note_source(item, ctx);
            model::ExitSpec out;
            out.name = item["name"].name().value_or("");
            if (!item["name"].present()) {
                item.error("needs a 'name' (staff effects refer to exits by name)");
            } else if (!out.name.empty() && !exit_names.insert(out.name).second) {
                item["name"].error("state '" + state_name + "' already has an exit named '" +
                                   out.name +
                                   "'; staff effects and reports refer to exits by "
                                   "name, so each exit of a state needs its own");
            }
            if (!item["to"].present()) {
                item.error("needs 'to': a state, or 'stay'");
            }
            out.destination = read_destination(item["to"], ctx);
            if (is_rest(item["p"])) {
                if (rest_exit) {
                    item["p"].error("state '" + state_name +
                                    "' already has an exit with 'p: rest'; only one exit can take "
                                    "what the others leave");
                } else {
                    rest_exit = spec.exits[*state].size();
                    rest_view = item["p"];
                }
                out.probability.assign(ctx.groups.size(), 0.0);
            } else {
                out.probability = per_group_number(item["p"], ctx, fields::exit_p);
            }
            bool moves = false;
            for (const auto& d : out.destination) {
                moves = moves || d.has_value();
            }
            if (moves && !item["delay"].present()) {
                item.error("needs a 'delay' distribution (only 'to: stay' may omit it)");
            }
            out.delay = item["delay"].present()
                            ? read_delays(item["delay"], ctx)
                            : std::vector<model::Distribution>(ctx.groups.size(),
                                                               model::Distribution::fixed(0.0));
            out.eviction = item["eviction"].present() && item["eviction"].boolean().value_or(false);
            read_event_costs(item["cost"], spec, out.costs);
            for (const View& from : item["only_if_came_from"].items()) {
                if (const auto s = state_ref(from, ctx)) {
                    out.only_if_came_from.push_back(*s);
                }
            }
            if (item["only_if_came_from"].present() && !item["only_if_came_from"].is_sequence()) {
                item["only_if_came_from"].error("expected a list of states");
            }
            spec.exits[*state].push_back(std::move(out));
        }
        if (rest_exit) {
            fill_rest(spec.exits[*state], *rest_exit, *rest_view, ctx, state_name);
        }
    }
}

} // namespace hcsim::scenario::detail
