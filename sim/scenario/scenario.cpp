#include "builders.hpp"
#include "read_targets.hpp"

#include <chrono>

namespace hcsim::scenario {

const OptionModel& Scenario::option(const std::string& option_name) const {
    for (const OptionModel& o : options) {
        if (o.name == option_name) {
            return o;
        }
    }
    throw std::out_of_range("scenario " + name + " has no option '" + option_name + "'");
}

bool Scenario::has_option(const std::string& option_name) const {
    return std::any_of(options.begin(), options.end(),
                       [&](const OptionModel& o) { return o.name == option_name; });
}

namespace {

using detail::View;

// The option's own layers, then those of the options it extends (extends_option).
View option_chain(const View& options, const std::string& name) {
    View chain = options[name];
    std::vector<std::string> seen{name};
    std::string current = name;
    while (true) {
        const View parent_ref = options[current]["extends_option"];
        if (!parent_ref.present()) {
            break;
        }
        const auto parent = parent_ref.name();
        if (!parent) {
            break;
        }
        if (std::find(seen.begin(), seen.end(), *parent) != seen.end()) {
            parent_ref.error("options extend each other in a loop");
            break;
        }
        if (!options[*parent].present()) {
            parent_ref.error("'" + *parent + "' is not an option of this scenario");
            break;
        }
        seen.push_back(*parent);
        chain = chain.over(options[*parent]);
        current = *parent;
    }
    return chain;
}

// YYYY-MM-DD naming a real day (no 2018-02-30). No <regex>: GCC 12's warns under sanitizers.
bool is_calendar_date(const std::string& text) {
    const auto digits = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return -1;
            }
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    const int year = digits(0, 4);
    const int month = digits(5, 2);
    const int day = digits(8, 2);
    if (year < 0 || month < 0 || day < 0) {
        return false;
    }
    return std::chrono::year_month_day{std::chrono::year{year},
                                       std::chrono::month{static_cast<unsigned>(month)},
                                       std::chrono::day{static_cast<unsigned>(day)}}
        .ok();
}

void read_header(const View& root, const Limits& limits, Scenario& scenario) {
    scenario.name = root["name"].name().value_or("");
    if (!root["name"].present()) {
        root.error("needs 'name' (used as the results folder name)");
    }
    scenario.title = root["title"].text().value_or(scenario.name);
    if (const auto date = root["start_date"].text()) {
        if (!is_calendar_date(*date)) {
            root["start_date"].error("expected a date as YYYY-MM-DD, found '" + *date + "'");
        } else {
            scenario.calendar = model::calendar_from_date(
                std::stoi(date->substr(0, 4)), static_cast<unsigned>(std::stoi(date->substr(5, 2))),
                static_cast<unsigned>(std::stoi(date->substr(8, 2))));
        }
        scenario.start_date = *date;
    }
    scenario.price_year = static_cast<int>(
        root["price_year"].present() ? root["price_year"].integer(1900, 2200).value_or(0) : 0);
    if (const View replications = root["replications"]; replications.present()) {
        const auto n = replications.integer(1, 9007199254740991LL);
        if (n && static_cast<double>(*n) > limits.replications) {
            replications.error(std::to_string(*n) + " replications is " +
                               limit_hint("replications", limits.replications));
        }
        scenario.replications = static_cast<std::size_t>(n.value_or(1));
    }
    if (root["seed"].present()) {
        scenario.seed =
            static_cast<std::uint64_t>(root["seed"].integer(0, 9007199254740991LL).value_or(0));
    }
    scenario.baseline = root["baseline"].name().value_or("do_nothing");
}

// `sources:` maps a document as the `source:` texts cite it ("seed 003", "Boverket 2015:31")
// to the reference a Swedish reader can look up ("Hässelby-Vällingbys ansökan 2008").
void read_citations(const View& sources, Scenario& scenario) {
    if (!sources.present() || !sources.expect_map()) {
        return;
    }
    for (const std::string& cited : sources.keys()) {
        const auto reference = sources[cited].text();
        if (!reference || reference->empty()) {
            sources[cited].error("needs the document's reference as a reader can look it up");
            continue;
        }
        scenario.citations.emplace_back(cited, *reference);
    }
}

} // namespace

Scenario load_scenario(const std::string& path, const ParameterOverrides& overrides,
                       const Limits& limits) {
    detail::Diagnostics diagnostics;
    detail::ParameterBook book(overrides);
    const auto layers = detail::load_layers(path, limits, diagnostics);
    if (!diagnostics.empty()) {
        throw ScenarioError(diagnostics.take());
    }
    const View root(layers, "", diagnostics, &book);
    root.check_map({"name",       "title",         "extends",      "horizon_years", "start_date",
                    "price_year", "discount_rate", "replications", "seed",          "baseline",
                    "groups",     "priority",      "states",       "initial",       "arrivals",
                    "exits",      "fixed_costs",   "options",      "source",        "validation",
                    "sources"});
    Scenario scenario;
    scenario.path = path;
    read_header(root, limits, scenario);
    read_citations(root["sources"], scenario);

    detail::BuildContext ctx{diagnostics, {}, {}, model::days_per_year, &scenario.sources};
    if (!root["horizon_years"].present()) {
        root.error("needs 'horizon_years'");
    }
    double horizon_years = root["horizon_years"].number_or(1.0, 0.01, 1e300);
    if (horizon_years > limits.horizon_years) {
        root["horizon_years"].error("a horizon of " + root["horizon_years"].text().value_or("") +
                                    " years is " +
                                    limit_hint("horizon_years", limits.horizon_years));
        horizon_years = 1.0;
    }
    ctx.horizon_days = horizon_years * model::days_per_year;
    if (!root["groups"].present()) {
        root.error("needs 'groups': who the households are");
    } else if (root["groups"].expect_map()) {
        ctx.groups = root["groups"].keys();
    }
    if (!root["states"].present()) {
        root.error("needs 'states': the steps of the housing chain");
    } else if (root["states"].expect_map()) {
        ctx.states = root["states"].keys();
    }
    for (const auto& names : {ctx.groups, ctx.states}) {
        for (const std::string& n : names) {
            if (n == "default" || n == "stay" || n == "source" || n == "value" || n == "dist") {
                root.error("'" + n + "' is a reserved word and cannot name a group or state");
            }
        }
    }

    const View options = root["options"];
    std::vector<std::string> option_names;
    if (options.expect_map()) {
        option_names = options.keys();
    }
    if (!options.present()) {
        root.error("needs 'options' (at least do_nothing: {})");
    }
    if (std::find(option_names.begin(), option_names.end(), scenario.baseline) ==
            option_names.end() &&
        options.present()) {
        (root["baseline"].present() ? root["baseline"] : options)
            .error("the baseline option '" + scenario.baseline + "' is not defined");
    }
    for (const std::string& option_name : option_names) {
        const View option = options[option_name];
        if (option.present() &&
            !option.check_map({"extends_option", "title", "staff", "fixed_costs", "states", "exits",
                               "arrivals", "initial", "source"})) {
            continue;
        }
        for (const char* key : {"states", "initial"}) {
            for (const std::string& s : option[key].keys()) {
                if (!detail::find_name(ctx.states, s) && s != "source") {
                    option[key][s].error("options may change states, not add them: declare '" + s +
                                         "' at the top level");
                }
            }
        }
        const View merged = option_chain(options, option_name).over(root);
        const bool first = scenario.options.empty();
        ctx.sources = first ? &scenario.sources : nullptr;
        model::ModelSpec spec = detail::build_model(merged, ctx);
        spec.calendar = scenario.calendar;
        if (diagnostics.empty()) {
            detail::validate_model(merged, ctx, spec);
            detail::check_size_limits(merged, spec, limits);
        }
        spec.max_events = static_cast<std::uint64_t>(limits.events);
        // The option's own title only: an option extending another is a different option.
        scenario.options.push_back(
            OptionModel{option_name, std::move(spec), option["title"].text().value_or("")});
    }
    for (const std::string& field : book.unused_overrides()) {
        diagnostics.add(Diagnostic{path, 0, 0, field,
                                   "is not a numeric field of this scenario, so it cannot be "
                                   "overridden (`hcsim parameters FILE` lists them)"});
    }
    if (root["validation"].present() && !scenario.options.empty() && diagnostics.empty()) {
        scenario.validation = detail::read_targets(root["validation"], scenario.options[0].spec);
    }
    if (!diagnostics.empty()) {
        auto list = diagnostics.take();
        // The same base field read for several options is one error, not several.
        std::vector<Diagnostic> unique;
        for (auto& d : list) {
            const bool repeated =
                std::any_of(unique.begin(), unique.end(), [&](const Diagnostic& u) {
                    return u.file == d.file && u.line == d.line && u.column == d.column &&
                           u.message == d.message;
                });
            if (!repeated) {
                unique.push_back(std::move(d));
            }
        }
        throw ScenarioError(std::move(unique));
    }
    scenario.parameters = book.take_sites();
    return scenario;
}

} // namespace hcsim::scenario
