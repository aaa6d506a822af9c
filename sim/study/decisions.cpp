#include "hcsim/study/decisions.hpp"

#include "hcsim/error.hpp"
#include "hcsim/scenario/parameters.hpp"

#include <cmath>
#include <utility>

namespace hcsim::study {

namespace {

bool has_suffix(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string chosen_baseline(const scenario::Scenario& s, const std::string& given) {
    const std::string baseline = given.empty() ? s.baseline : given;
    if (!s.has_option(baseline)) {
        throw BadInput("baseline: the scenario has no option '" + baseline + "'", s.path);
    }
    return baseline;
}

} // namespace

analysis::ScenarioFactory scenario_factory(const scenario::Scenario& loaded,
                                           scenario::ParameterOverrides fixed,
                                           scenario::Limits limits) {
    return [texts = loaded.texts, fixed = std::move(fixed),
            limits](const analysis::Overrides& overrides) {
        scenario::ParameterOverrides all = fixed;
        for (const auto& [field, value] : overrides) {
            all[field] = value;
        }
        return scenario::load_scenario(texts, all, limits);
    };
}

// The i-th YAML effect of a role is its pool's i-th StaffEffect (build_staff keeps the order).
std::string readable_label(const scenario::Scenario& s, const std::string& field) {
    const scenario::FieldPath where = scenario::field_path(field);
    if (where.option.empty()) {
        return field;
    }
    const std::string rest = field.substr(std::string("options.").size() + where.option.size() + 1);
    if (!s.has_option(where.option) || where.section != "staff") {
        return rest;
    }
    const auto index = where.effect_index();
    if (!index) { // staff.<role>.<field> -> "<role> <field>"
        return where.name + " " + where.rest;
    }
    const std::string& role = where.name;
    const std::string kind =
        has_suffix(where.rest, ".delay_factor") ? "delay factor" : "relative risk";
    const auto& spec = s.option(where.option).spec;
    for (const auto& pool : spec.staff) {
        if (pool.role == role && *index < pool.effects.size()) {
            const auto& effect = pool.effects[*index];
            return role + ": " + spec.states[effect.state].name + " -> " +
                   spec.exits[effect.state][effect.exit].name + " (" + kind + ")";
        }
    }
    return rest;
}

std::vector<analysis::UncertainInput> uncertain_inputs(const scenario::Scenario& s) {
    std::vector<analysis::UncertainInput> inputs;
    for (const auto& site : s.parameters) {
        if (site.uncertainty) {
            const scenario::Uncertainty u = *site.uncertainty;
            inputs.push_back({site.field, site.value, [u](double p) { return u.quantile(p); },
                              readable_label(s, site.field)});
        }
    }
    return inputs;
}

bool is_staff_effect(const std::string& field) {
    return scenario::field_path(field).is_staff_effect();
}

std::vector<analysis::EffectField> effect_fields(const scenario::Scenario& s) {
    std::vector<analysis::EffectField> effects;
    for (const auto& site : s.parameters) {
        if (site.where.is_staff_effect()) {
            effects.push_back({site.field, site.value, site.allowed_min, site.allowed_max});
        }
    }
    return effects;
}

PsaStudy psa(const scenario::Scenario& nominal, const analysis::ScenarioFactory& factory,
             const PsaRequest& request, const analysis::RunSettings& inner,
             std::function<void(std::size_t, std::size_t)> progress) {
    PsaStudy study;
    study.baseline = chosen_baseline(nominal, request.baseline);
    // The curve's size is checked before any run (and before it is allocated).
    study.lambdas = analysis::lambda_grid(request.max_value_tkr, request.value_step_tkr);
    const auto inputs = uncertain_inputs(nominal);
    if (inputs.empty()) {
        // Every draw would be the nominal scenario: probabilities of 0 % or 100 % and ranges
        // of zero width would describe the simulation, not the assumptions.
        throw BadInput("no parameter has a distribution, so there is no uncertainty to "
                       "analyse; give the staff effects a 'dist' (docs/decisions.md, "
                       "scenarios/README.md)",
                       nominal.path);
    }
    analysis::PsaSettings settings;
    settings.draws = request.draws;
    settings.baseline = study.baseline;
    settings.inner = inner;
    settings.common_streams_across_draws = !request.independent_draws;
    settings.progress = std::move(progress);
    study.psa = analysis::run_psa(factory, inputs, settings);

    analysis::RunSettings one_way = inner;
    one_way.replications = request.tornado_replications;
    one_way.progress = nullptr;
    study.tornado_and_drivers = request.tornado_and_drivers;
    if (request.tornado_and_drivers) {
        study.tornado = analysis::tornado(factory, inputs, one_way, study.baseline);
        study.drivers = analysis::rank_drivers(study.psa);
    }
    const auto effects = effect_fields(nominal);
    if (request.break_even && !effects.empty()) {
        study.break_even = analysis::break_even_effects(factory, effects, one_way, study.baseline);
    }
    study.summary = analysis::summarise_psa(study.psa, inner.seed);
    study.evppi_values = {0.0};
    if (request.value_per_eviction_tkr > 0.0) {
        study.evppi_values.push_back(request.value_per_eviction_tkr);
    }
    study.horizon_years =
        static_cast<std::size_t>(std::lround(nominal.options.front().spec.horizon_days / 365.0));
    study.replications = inner.replications;
    study.tornado_replications = request.tornado_replications;
    return study;
}

std::vector<analysis::SweepAxis> sweep_axes(const scenario::Scenario& s,
                                            const SweepRequest& request) {
    if (request.roles.size() != request.grids.size() || request.roles.empty() ||
        request.roles.size() > 2) {
        throw BadInput("sweep: give one or two --role, each followed by its --fte grid");
    }
    for (const auto& name : request.options) {
        if (!s.has_option(name)) {
            throw BadInput("--option: the scenario has no option '" + name + "'", s.path);
        }
    }
    std::vector<analysis::SweepAxis> axes;
    std::size_t points = 1;
    for (std::size_t a = 0; a < request.roles.size(); ++a) {
        analysis::SweepAxis axis;
        axis.role = request.roles[a];
        try {
            axis.fte = analysis::parse_grid(request.grids[a]);
        } catch (const analysis::GridError& e) {
            throw BadInput(std::string("sweep: --fte: ") + e.what());
        }
        points *= axis.fte.size();
        if (points > analysis::max_sweep_points) {
            throw BadInput("sweep: --fte: the grids give " + std::to_string(points) +
                           " points or more, over the limit of " +
                           std::to_string(analysis::max_sweep_points) +
                           " per sweep: take larger steps");
        }
        for (const auto& site : s.parameters) {
            bool chosen = request.options.empty();
            for (const auto& name : request.options) {
                chosen = chosen || site.field.rfind("options." + name + ".", 0) == 0;
            }
            if (chosen && has_suffix(site.field, ".staff." + axis.role + ".fte")) {
                axis.fields.push_back(site.field);
            }
        }
        if (axis.fields.empty()) {
            throw BadInput("--role: no option" +
                               std::string(request.options.empty() ? "" : " chosen") +
                               " has a field staff." + axis.role + ".fte",
                           s.path);
        }
        axes.push_back(std::move(axis));
    }
    return axes;
}

SweepStudy sweep(const scenario::Scenario& nominal, const analysis::ScenarioFactory& factory,
                 const SweepRequest& request, const analysis::RunSettings& settings) {
    SweepStudy study;
    study.baseline = chosen_baseline(nominal, request.baseline);
    study.axes = sweep_axes(nominal, request);
    study.points =
        analysis::staffing_sweep(factory, study.axes, settings, study.baseline, request.options);
    return study;
}

} // namespace hcsim::study
