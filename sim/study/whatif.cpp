#include "hcsim/study/whatif.hpp"

#include "hcsim/whatif/model_json.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <regex>

namespace hcsim::study {

using nlohmann::json;
using whatif::FieldKind;
using whatif::FieldPlace;
using whatif::WhatIfField;

namespace {

struct Offered {
    FieldKind kind;
    std::string option; // empty: the scenario's
    std::string name;
};

// The kind of a field, or none if the what-if does not offer it.
std::optional<Offered> offered(const scenario::ParameterSite& site) {
    static const std::regex fte(R"(options\.([^.]+)\.staff\.([^.]+)\.fte)");
    static const std::regex effect(
        R"(options\.([^.]+)\.staff\.([^.]+)\.effects\[\d+\]\.(relative_risk|delay_factor))");
    static const std::regex capacity(R"(states\.([^.]+)\.capacity)");
    static const std::regex unit_cost(R"(states\.([^.]+)\.cost_per_day(\.[^.]+)?)");
    static const std::regex arrivals(R"(arrivals\[\d+\]\.per_year(\.[^.]+)?)");
    std::smatch m;
    if (std::regex_match(site.field, m, fte)) {
        return Offered{FieldKind::staff_fte, m[1], m[2]};
    }
    if (std::regex_match(site.field, m, effect)) {
        return Offered{FieldKind::effect, m[1], m[2]};
    }
    if (std::regex_match(site.field, m, capacity)) {
        return Offered{FieldKind::capacity, "", m[1]};
    }
    if (std::regex_match(site.field, m, unit_cost) && site.value > 0.0) {
        return Offered{FieldKind::unit_cost, "", m[1]};
    }
    if (std::regex_match(site.field, m, arrivals) && site.value > 0.0) {
        return Offered{FieldKind::arrivals, "", ""};
    }
    if (site.field == "horizon_years") {
        return Offered{FieldKind::horizon, "", ""};
    }
    return std::nullopt;
}

bool is_whole(FieldKind kind) {
    return kind == FieldKind::capacity || kind == FieldKind::horizon;
}

// The states whose highest unit cost is among the `whatif_unit_costs` highest.
std::vector<std::string> costliest_states(const std::vector<scenario::ParameterSite>& sites) {
    std::map<std::string, double> highest;
    for (const auto& site : sites) {
        if (const auto o = offered(site); o && o->kind == FieldKind::unit_cost) {
            highest[o->name] = std::max(highest[o->name], site.value);
        }
    }
    std::vector<std::pair<std::string, double>> ranked(highest.begin(), highest.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> names;
    for (std::size_t i = 0; i < ranked.size() && i < whatif_unit_costs; ++i) {
        names.push_back(ranked[i].first);
    }
    return names;
}

std::vector<json> built_models(const scenario::Scenario& s) {
    std::vector<json> models;
    for (const auto& option : s.options) {
        models.push_back(whatif::to_json(option.spec));
    }
    return models;
}

// Numbers of the built models that differ from `base`, by (option, pointer); nullopt when
// anything else differs (an added or removed item, a name, an option).
using Moved = std::map<std::pair<std::size_t, std::string>, double>;
std::optional<Moved> moved_numbers(const std::vector<json>& base, const scenario::Scenario& s) {
    if (s.options.size() != base.size()) {
        return std::nullopt;
    }
    const auto models = built_models(s);
    Moved moved;
    for (std::size_t o = 0; o < base.size(); ++o) {
        for (const auto& op : json::diff(base[o], models[o])) {
            if (op.at("op") != "replace" || !op.at("value").is_number()) {
                return std::nullopt;
            }
            const std::string pointer = op.at("path").get<std::string>();
            if (!base[o].at(json::json_pointer(pointer)).is_number()) {
                return std::nullopt;
            }
            moved[{o, pointer}] = op.at("value").get<double>();
        }
    }
    return moved;
}

// Two other values of the field to read the scenario with, inside its allowed range.
std::vector<double> probe_values(const scenario::ParameterSite& site, bool whole) {
    const double step = whole ? 1.0 : std::max(0.25 * std::abs(site.value), 0.1);
    std::vector<double> values;
    for (const double v :
         {site.value + step, site.value + 2 * step, site.value - step, site.value - 2 * step}) {
        if (v >= site.allowed_min && v <= site.allowed_max && values.size() < 2) {
            values.push_back(v);
        }
    }
    return values;
}

// The field's places, when every number it moves is the same affine function of it at both
// probes; nullopt otherwise.
std::optional<std::vector<FieldPlace>> places_of(const scenario::ParameterSite& site, bool whole,
                                                 const std::vector<json>& base,
                                                 const analysis::ScenarioFactory& rebuild) {
    const auto values = probe_values(site, whole);
    if (values.size() < 2) {
        return std::nullopt;
    }
    // The numbers the field moves at one probe value; nullopt when it moves none or more.
    auto probe = [&](double v) -> std::optional<Moved> {
        try {
            // `rebuild` keeps the overrides the scenario was read with.
            auto moved = moved_numbers(base, rebuild({{site.field, v}}));
            return moved && !moved->empty() ? moved : std::nullopt;
        } catch (const BadInput&) {
            return std::nullopt; // a value the scenario refuses
        }
    };
    const auto first = probe(values[0]);
    const auto second_probe = first ? probe(values[1]) : std::nullopt;
    if (!first || !second_probe) {
        return std::nullopt;
    }
    std::vector<FieldPlace> places;
    for (const auto& [key, x1] : *first) {
        const auto second = second_probe->find(key);
        if (second == second_probe->end()) {
            return std::nullopt;
        }
        const double x0 = base[key.first].at(json::json_pointer(key.second)).get<double>();
        const double x2 = second->second;
        FieldPlace place{key.first, key.second, 0.0, 1.0};
        const bool copy = x0 == site.value && x1 == values[0] && x2 == values[1];
        if (!copy) {
            place.scale = (x2 - x1) / (values[1] - values[0]);
            place.offset = x0 - place.scale * site.value;
            for (const auto& [v, x] : {std::pair{values[0], x1}, std::pair{values[1], x2}}) {
                if (std::abs(place.offset + place.scale * v - x) >
                    1e-12 * std::max(1.0, std::abs(x))) {
                    return std::nullopt;
                }
            }
        }
        places.push_back(std::move(place));
    }
    if (places.size() != second_probe->size()) {
        return std::nullopt;
    }
    return places;
}

} // namespace

whatif::WhatIfModel whatif_model(const scenario::Scenario& s,
                                 const analysis::ScenarioFactory& rebuild,
                                 const std::string& baseline) {
    whatif::WhatIfModel model;
    model.baseline = baseline;
    model.indicators = s.indicators;
    const auto base = built_models(s);
    for (std::size_t o = 0; o < s.options.size(); ++o) {
        model.options.push_back({s.options[o].name, s.options[o].title, base[o]});
    }
    const auto costly = costliest_states(s.parameters);
    for (const auto& site : s.parameters) {
        const auto o = offered(site);
        if (!o || (o->kind == FieldKind::unit_cost &&
                   std::find(costly.begin(), costly.end(), o->name) == costly.end())) {
            continue;
        }
        const bool whole = is_whole(o->kind);
        auto places = places_of(site, whole, base, rebuild);
        if (!places) {
            continue;
        }
        model.fields.push_back({site.field, o->kind, o->option, o->name, site.unit, site.value,
                                site.allowed_min, site.allowed_max, whole, std::move(*places)});
    }
    return model;
}

} // namespace hcsim::study
