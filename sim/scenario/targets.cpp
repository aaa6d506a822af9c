#include "builders.hpp"
#include "hcsim/enum_names.hpp"
#include "read_targets.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::scenario {

double CalibrationTarget::effective_sd() const {
    return sd.value_or(std::max(1.0, std::sqrt(std::abs(observed))));
}

// In the order of the enumerators.
constexpr std::string_view target_quantity_names[] = {"stock", "evictions", "entries", "present"};
static_assert(std::size(target_quantity_names) ==
              static_cast<std::size_t>(TargetQuantity::present) + 1);

std::string to_string(TargetQuantity quantity) {
    return std::string(name_of(target_quantity_names, quantity));
}

std::string to_string(TargetKind kind) {
    return kind == TargetKind::independent ? "independent" : "input_check";
}

namespace detail {

std::vector<model::StateIndex> read_state_list(const View& list, const model::ModelSpec& spec) {
    return resolved_items(list, "state names", [&](const View& item) {
        std::optional<model::StateIndex> state;
        if (const auto name = item.name()) {
            state = spec.find_state(*name);
            if (!state) {
                item.error("'" + *name + "' is not a state of the scenario");
            }
        }
        return state;
    });
}

// `states: [a, b]` or `state_kind: acute | long_term | homeless | ...`: the states summed.
std::vector<model::StateIndex> read_states(const View& target, const model::ModelSpec& spec) {
    std::vector<model::StateIndex> states;
    if (target["states"].present() == target["state_kind"].present()) {
        target.error("give either 'states: [..]' or 'state_kind: acute|long_term|homeless|...'");
        return states;
    }
    if (target["states"].present()) {
        return read_state_list(target["states"], spec);
    }
    const auto kind = target["state_kind"].name();
    for (model::StateIndex s = 0; s < spec.states.size(); ++s) {
        const model::StateKind k = spec.states[s].kind;
        const bool match = (kind == "homeless" && model::is_homeless(k)) ||
                           (kind == "acute" && k == model::StateKind::acute) ||
                           (kind == "long_term" && k == model::StateKind::long_term) ||
                           (kind == "insecure" && k == model::StateKind::insecure) ||
                           (kind == "housed" && k == model::StateKind::housed) ||
                           (kind == "absorbing" && k == model::StateKind::absorbing);
        if (match) {
            states.push_back(s);
        }
    }
    if (kind && states.empty()) {
        target["state_kind"].error("no state of kind '" + *kind +
                                   "' (acute, long_term, homeless, insecure, housed, absorbing)");
    }
    return states;
}

namespace {

// `kind: independent | input_check`, required: a reader must see which figures test the model.
TargetKind read_kind(const View& target) {
    const View kind = target["kind"];
    if (!kind.present()) {
        target.error("needs 'kind': independent (a figure the model was not built from) or "
                     "input_check (an input read back)");
        return TargetKind::independent;
    }
    const auto text = kind.name().value_or("");
    if (text == "input_check") {
        return TargetKind::input_check;
    }
    if (text != "independent") {
        kind.error("'" + text + "' is not independent or input_check" +
                   (text == "acute" || text == "long_term" || text == "homeless" ||
                            text == "insecure" || text == "housed" || text == "absorbing"
                        ? " (the states of a kind are now 'state_kind: " + text + "')"
                        : std::string()));
    }
    return TargetKind::independent;
}

CalibrationTarget read_target(const View& target, const model::ModelSpec& own_spec,
                              const ReferenceModels* references) {
    CalibrationTarget t;
    target.check_map({"name", "title", "kind", "quantity", "states", "state_kind", "month", "year",
                      "months", "observed", "sd", "weight", "source", "scenario", "option"});
    if (const View other = target["scenario"]; other.present()) {
        t.model_path = other.text().value_or("");
        const auto found = references != nullptr ? references->find(t.model_path)
                                                 : ReferenceModels::const_iterator{};
        if (references == nullptr) {
            other.error("only a scenario's own validation: targets can be checked on another "
                        "scenario");
        } else if (found == references->end()) {
            other.error("'" + t.model_path + "' could not be loaded");
        } else {
            t.model = found->second.model;
            t.model_seed = found->second.seed;
        }
    }
    if (const View option = target["option"]; option.present()) {
        t.option = option.name().value_or("");
        if (references == nullptr) {
            option.error("only a scenario's own validation: targets can name an option");
        } else if (t.model) {
            option.error("give either 'scenario:' or 'option:'");
        }
    }
    const model::ModelSpec& spec = t.model ? *t.model : own_spec;
    t.name = target["name"].name().value_or("");
    if (!target["name"].present()) {
        target.error("needs 'name'");
    }
    t.kind = read_kind(target);
    const auto months = static_cast<long long>(spec.months());
    const auto quantity = target["quantity"].name().value_or("");
    if (quantity == "stock") {
        t.quantity = TargetQuantity::stock;
        t.states = read_states(target, spec);
        if (!target["month"].present()) {
            target.error("a stock needs 'month': the month whose end it is counted at");
        }
        t.first_month = t.last_month =
            static_cast<std::size_t>(target["month"].integer(1, months).value_or(1));
    } else if (quantity == "evictions") {
        t.quantity = TargetQuantity::evictions;
        if (!target["year"].present()) {
            target.error("evictions need 'year': the simulated year (1 = months 1-12)");
        }
        const auto year = static_cast<std::size_t>(
            target["year"]
                .integer(1, static_cast<long long>((spec.months() + 11) / 12))
                .value_or(1));
        t.first_month = 12 * (year - 1) + 1;
        t.last_month = std::min<std::size_t>(12 * year, spec.months());
    } else if (quantity == "entries" || quantity == "present") {
        t.quantity = quantity == "entries" ? TargetQuantity::entries : TargetQuantity::present;
        t.states = read_states(target, spec);
        const View span = target["months"];
        const auto items = span.items();
        if (items.size() != 2) {
            (span.present() ? span : target)
                .error(quantity + " needs 'months: [first, last]' (1-based, inclusive)");
        } else {
            t.first_month = static_cast<std::size_t>(items[0].integer(1, months).value_or(1));
            t.last_month = static_cast<std::size_t>(items[1].integer(1, months).value_or(1));
            if (t.last_month < t.first_month) {
                span.error("the last month comes before the first");
            }
        }
    } else {
        (target["quantity"].present() ? target["quantity"] : target)
            .error("needs 'quantity': stock, evictions, entries or present");
    }
    if (!target["observed"].present()) {
        target.error("needs 'observed': the observed figure");
    }
    t.observed = target["observed"].number_or(fields::target_observed);
    if (target["sd"].present()) {
        t.sd = target["sd"].number(fields::target_sd);
    }
    t.weight = target["weight"].number_or(fields::target_weight);
    t.source = target["source"].text().value_or("");
    t.title = target["title"].text().value_or("");
    return t;
}

} // namespace

std::vector<CalibrationTarget> read_targets(const View& list, const model::ModelSpec& spec,
                                            const ReferenceModels* references) {
    std::vector<CalibrationTarget> targets;
    if (!list.is_sequence()) {
        list.error("expected a list of targets");
        return targets;
    }
    for (const View& item : list.items()) {
        if (item.expect_map()) {
            targets.push_back(read_target(item, spec, references));
        }
    }
    for (std::size_t i = 0; i < targets.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (targets[i].name == targets[j].name) {
                list.items()[i]["name"].error("target '" + targets[i].name + "' is named twice");
            }
        }
    }
    return targets;
}

} // namespace detail

CalibrationTargets load_targets(const std::string& path, const model::ModelSpec& spec) {
    detail::Diagnostics diagnostics;
    detail::SourceReader reader;
    const auto layers = detail::load_layers(path, Limits{}, diagnostics, reader);
    const detail::View root(layers, "", diagnostics);
    root.check_map({"option", "targets", "source"});
    CalibrationTargets targets;
    targets.path = path;
    targets.option = root["option"].name().value_or("");
    if (!root["targets"].present()) {
        root.error("needs 'targets': the observed figures to reproduce");
    } else {
        targets.targets = detail::read_targets(root["targets"], spec);
    }
    if (!diagnostics.empty()) {
        throw ScenarioError(diagnostics.take());
    }
    return targets;
}

} // namespace hcsim::scenario
