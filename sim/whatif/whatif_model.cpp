#include "hcsim/whatif/whatif_model.hpp"

#include "hcsim/error.hpp"
#include "hcsim/whatif/model_json.hpp"

#include "model_fields.hpp"

#include <cmath>

namespace hcsim::whatif {

using nlohmann::json;

// The fields of the what-if model's structs, for json_codec.hpp.
template <class V, class S>
requires codec::struct_of<S, FieldPlace>
void json_fields(V&& v, S& p) {
    v("option", p.option);
    v("pointer", p.pointer);
    v("offset", p.offset);
    v("scale", p.scale);
}
template <class V, class S>
requires codec::struct_of<S, WhatIfField>
void json_fields(V&& v, S& f) {
    v("field", f.field);
    v("kind", f.kind);
    v("option", f.option);
    v("name", f.name);
    v("unit", f.unit);
    v("value", f.value);
    v("allowed_min", f.allowed_min);
    v("allowed_max", f.allowed_max);
    v("whole", f.whole);
    v("places", f.places);
}
template <class V, class S>
requires codec::struct_of<S, WhatIfOption>
void json_fields(V&& v, S& o) {
    v("name", o.name);
    v("title", o.title);
    v("model", o.model);
}
template <class V, class S>
requires codec::struct_of<S, WhatIfModel>
void json_fields(V&& v, S& m) {
    v("options", m.options);
    v("indicators", m.indicators);
    v("baseline", m.baseline);
    v("fields", m.fields);
}

constexpr std::array<std::pair<FieldKind, const char*>, 6> json_enum_names(FieldKind) {
    return {{{FieldKind::staff_fte, "staff_fte"},
             {FieldKind::effect, "effect"},
             {FieldKind::capacity, "capacity"},
             {FieldKind::unit_cost, "unit_cost"},
             {FieldKind::horizon, "horizon"},
             {FieldKind::arrivals, "arrivals"}}};
}

namespace {

const WhatIfField& field_named(const WhatIfModel& model, const std::string& name) {
    for (const auto& f : model.fields) {
        if (f.field == name) {
            return f;
        }
    }
    throw BadInput(
        "the what-if cannot change " + name +
        " (it changes staff FTE, effects, capacities, unit costs, arrivals and the horizon)");
}

} // namespace

std::string to_string(FieldKind kind) {
    return codec::encode(kind).get<std::string>();
}

json to_json(const WhatIfModel& model) {
    return codec::encode(model);
}

WhatIfModel whatif_from_json(const json& in) {
    return codec::decoded<WhatIfModel>(in);
}

std::vector<model::ModelSpec> apply(const WhatIfModel& model,
                                    const std::map<std::string, double>& set) {
    std::vector<json> edited;
    for (const auto& o : model.options) {
        edited.push_back(o.model);
    }
    for (const auto& [name, value] : set) {
        const WhatIfField& f = field_named(model, name);
        if (!std::isfinite(value) || value < f.allowed_min || value > f.allowed_max) {
            throw BadInput(name + " = " + std::to_string(value) + " is outside " +
                           std::to_string(f.allowed_min) + " to " + std::to_string(f.allowed_max));
        }
        if (f.whole && value != std::floor(value)) {
            throw BadInput(name + " takes whole numbers, not " + std::to_string(value));
        }
        for (const auto& p : f.places) {
            // A copy is set as it is, so its double is the one the scenario reader makes.
            const double number =
                (p.scale == 1.0 && p.offset == 0.0) ? value : p.offset + p.scale * value;
            json& target = edited.at(p.option).at(json::json_pointer(p.pointer));
            if (target.is_number_integer()) {
                target = static_cast<long long>(std::llround(number));
            } else {
                target = number;
            }
        }
    }
    std::vector<model::ModelSpec> specs;
    for (const auto& m : edited) {
        specs.push_back(spec_from_json(m));
    }
    return specs;
}

WhatIfResult run(const WhatIfModel& model, const WhatIfRun& request,
                 const std::function<void(std::size_t, std::size_t)>& progress) {
    auto specs = apply(model, request.set);
    scenario::Scenario s;
    s.baseline = model.baseline;
    s.indicators = model.indicators;
    for (std::size_t o = 0; o < model.options.size(); ++o) {
        s.options.push_back({model.options[o].name, std::move(specs[o]), model.options[o].title});
    }
    analysis::RunSettings settings;
    settings.replications = request.replications;
    settings.seed = request.seed;
    settings.threads = 1;
    settings.progress = progress;
    const auto experiment = analysis::run_experiment(s, settings);
    return {analysis::summarise(experiment), analysis::differences(experiment, model.baseline),
            analysis::break_even_shares(experiment, model.baseline),
            analysis::incremental_table(experiment, model.baseline, 0.0)};
}

namespace {

json number(double value) {
    return std::isfinite(value) ? json(value) : json(nullptr);
}

} // namespace

json to_json(const WhatIfResult& result) {
    json summary = json::array();
    for (const auto& r : result.summary) {
        summary.push_back({{"option", r.option},
                           {"metric", r.metric},
                           {"unit", r.unit},
                           {"mean", number(r.ci.mean)},
                           {"ci_low", number(r.ci.low)},
                           {"ci_high", number(r.ci.high)}});
    }
    json differences = json::array();
    for (const auto& r : result.differences) {
        differences.push_back({{"option", r.option},
                               {"baseline", r.baseline},
                               {"metric", r.metric},
                               {"unit", r.unit},
                               {"mean", number(r.ci.mean)},
                               {"ci_low", number(r.ci.low)},
                               {"ci_high", number(r.ci.high)},
                               {"unaffected", r.unaffected}});
    }
    json break_even = json::array();
    for (const auto& b : result.break_even) {
        break_even.push_back({{"option", b.option}, {"year", b.year}, {"share", b.share}});
    }
    json perspectives = json::array();
    for (const auto& row : result.perspectives) {
        perspectives.push_back({{"perspective", std::string(analysis::to_string(row.perspective))},
                                {"option", row.option},
                                {"mean", number(row.delta_cost.mean)},
                                {"ci_low", number(row.delta_cost.low)},
                                {"ci_high", number(row.delta_cost.high)}});
    }
    return {{"summary", summary},
            {"differences", differences},
            {"break_even", break_even},
            {"perspectives", perspectives}};
}

} // namespace hcsim::whatif
