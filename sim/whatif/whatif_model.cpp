#include "hcsim/whatif/whatif_model.hpp"

#include "hcsim/error.hpp"
#include "hcsim/whatif/model_json.hpp"

#include <cmath>

namespace hcsim::whatif {

using nlohmann::json;

namespace {

constexpr std::array field_kinds{FieldKind::staff_fte, FieldKind::effect,  FieldKind::capacity,
                                 FieldKind::unit_cost, FieldKind::horizon, FieldKind::arrivals};

FieldKind field_kind(const std::string& name) {
    for (const auto kind : field_kinds) {
        if (to_string(kind) == name) {
            return kind;
        }
    }
    throw BadInput("the what-if model names an unknown kind of field: " + name);
}

json to_json(const WhatIfField& f) {
    json places = json::array();
    for (const auto& p : f.places) {
        places.push_back({{"option", p.option},
                          {"pointer", p.pointer},
                          {"offset", p.offset},
                          {"scale", p.scale}});
    }
    return {{"field", f.field},
            {"kind", to_string(f.kind)},
            {"option", f.option},
            {"name", f.name},
            {"unit", f.unit},
            {"value", f.value},
            {"allowed_min", f.allowed_min},
            {"allowed_max", f.allowed_max},
            {"whole", f.whole},
            {"places", places}};
}

WhatIfField field_from_json(const json& in) {
    WhatIfField f;
    f.field = in.at("field").get<std::string>();
    f.kind = field_kind(in.at("kind").get<std::string>());
    f.option = in.at("option").get<std::string>();
    f.name = in.at("name").get<std::string>();
    f.unit = in.at("unit").get<std::string>();
    f.value = in.at("value").get<double>();
    f.allowed_min = in.at("allowed_min").get<double>();
    f.allowed_max = in.at("allowed_max").get<double>();
    f.whole = in.at("whole").get<bool>();
    for (const auto& p : in.at("places")) {
        f.places.push_back({p.at("option").get<std::size_t>(), p.at("pointer").get<std::string>(),
                            p.at("offset").get<double>(), p.at("scale").get<double>()});
    }
    return f;
}

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
    switch (kind) {
    case FieldKind::staff_fte:
        return "staff_fte";
    case FieldKind::effect:
        return "effect";
    case FieldKind::capacity:
        return "capacity";
    case FieldKind::unit_cost:
        return "unit_cost";
    case FieldKind::horizon:
        return "horizon";
    case FieldKind::arrivals:
        return "arrivals";
    }
    return "unknown";
}

json to_json(const WhatIfModel& model) {
    json options = json::array();
    for (const auto& o : model.options) {
        options.push_back({{"name", o.name}, {"title", o.title}, {"model", o.model}});
    }
    json indicators = json::array();
    for (const auto& i : model.indicators) {
        indicators.push_back(to_json(i));
    }
    json fields = json::array();
    for (const auto& f : model.fields) {
        fields.push_back(to_json(f));
    }
    return {{"options", options},
            {"indicators", indicators},
            {"baseline", model.baseline},
            {"fields", fields}};
}

WhatIfModel whatif_from_json(const json& in) {
    try {
        WhatIfModel model;
        for (const auto& o : in.at("options")) {
            model.options.push_back(
                {o.at("name").get<std::string>(), o.at("title").get<std::string>(), o.at("model")});
        }
        for (const auto& i : in.at("indicators")) {
            model.indicators.push_back(indicator_from_json(i));
        }
        model.baseline = in.at("baseline").get<std::string>();
        for (const auto& f : in.at("fields")) {
            model.fields.push_back(field_from_json(f));
        }
        return model;
    } catch (const json::exception& e) {
        throw BadInput(std::string("the what-if model is not what this program wrote: ") +
                       e.what());
    }
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
