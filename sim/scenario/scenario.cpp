#include "builders.hpp"
#include "read_indicators.hpp"
#include "read_targets.hpp"
#include "rebuild_cache.hpp"

#include <chrono>
#include <filesystem>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_set>

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

// The option's own layers, then those of the options it extends (extends_option), at most
// max_option_chain deep: every read of the option looks through each layer.
View option_chain(const detail::ViewIndex& options, const std::string& name) {
    View chain = options[name];
    std::unordered_set<std::string> seen{name};
    std::string current = name;
    for (int depth = 0;; ++depth) {
        const View parent_ref = options[current]["extends_option"];
        if (!parent_ref.present()) {
            break;
        }
        const auto parent = parent_ref.name();
        if (!parent) {
            break;
        }
        if (seen.contains(*parent)) {
            parent_ref.error("options extend each other in a loop");
            break;
        }
        if (!options[*parent].present()) {
            parent_ref.error("'" + *parent + "' is not an option of this scenario");
            break;
        }
        if (depth + 1 >= max_option_chain) {
            options[name]["extends_option"].error(
                "options extend each other more than " + std::to_string(max_option_chain) +
                " deep (through '" + *parent + "'); let options extend a common one instead");
            break;
        }
        seen.insert(*parent);
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
        root["price_year"].present() ? root["price_year"].integer(fields::price_year).value_or(0)
                                     : 0);
    if (const View replications = root["replications"]; replications.present()) {
        const auto n = replications.integer(fields::replications);
        if (n && static_cast<double>(*n) > limits.replications) {
            replications.error(std::to_string(*n) + " replications is " +
                               limit_hint("replications", limits.replications));
        }
        scenario.replications = static_cast<std::size_t>(n.value_or(1));
    }
    if (root["seed"].present()) {
        scenario.seed = static_cast<std::uint64_t>(root["seed"].integer(fields::seed).value_or(0));
    }
    scenario.baseline = root["baseline"].name().value_or("do_nothing");
    // Not a model input: the change the district observed, listed with its source so that the
    // report can say what explains a drifting do-nothing baseline.
    (void)root["homeless_trend_per_year"].number(fields::homeless_trend);
}

// `initial: steady_state`: every such option starts from the baseline's usual care settled
// (the options differ only after the start, so they share the stocks). A trend has no steady
// state, and the baseline itself must settle.
void settle_initial_stocks(const View& initial, const std::vector<std::size_t>& options,
                           Scenario& scenario) {
    const model::ModelSpec& baseline = scenario.option(scenario.baseline).spec;
    for (std::size_t a = 0; a < baseline.arrivals.size(); ++a) {
        if (baseline.arrivals[a].trend_per_year != 0.0) {
            initial.error("steady_state needs arrivals without a trend, but arrivals[" +
                          std::to_string(a) +
                          "] has one: state the initial stocks instead (a trend has no steady "
                          "state)");
            return;
        }
    }
    const auto stocks = detail::steady_state_stocks(baseline, scenario.seed);
    for (const std::size_t o : options) {
        scenario.options[o].spec.initial = stocks;
    }
}

// Set while a scenario that a validation target names is loaded: its own `scenario:` targets
// are refused, so references cannot loop.
thread_local bool loading_reference = false;

Scenario load(const std::string& path, const ParameterOverrides& overrides, const Limits& limits,
              detail::SourceReader& reader);

// The scenarios the validation targets name (`scenario:`, relative to the file that lists
// them), loaded with their own seeds through the same reader. One that fails to load is left
// out; the target says so.
detail::ReferenceModels load_references(const View& validation, const Limits& limits,
                                        detail::SourceReader& reader) {
    detail::ReferenceModels references;
    if (loading_reference) {
        return references;
    }
    const std::filesystem::path folder =
        std::filesystem::path(*validation.top().file).parent_path();
    for (const View& item : validation.items()) {
        const auto written = item["scenario"].text();
        if (!written || references.contains(*written)) {
            continue;
        }
        const struct Loading {
            Loading() { loading_reference = true; }
            ~Loading() { loading_reference = false; }
            Loading(const Loading&) = delete;
            Loading& operator=(const Loading&) = delete;
        } loading;
        detail::RebuildCache* cache = reader.rebuild_cache();
        if (const detail::ReferenceModel* kept = cache ? cache->reference(*written) : nullptr) {
            references[*written] = *kept;
            continue;
        }
        try {
            const Scenario other = load((folder / *written).string(), {}, limits, reader);
            references[*written] = {
                std::make_shared<const model::ModelSpec>(other.option(other.baseline).spec),
                other.seed};
            if (cache) {
                cache->keep_reference(*written, references[*written]);
            }
        } catch (const ScenarioError&) {
            // reported on the target's `scenario:` key
        }
    }
    return references;
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

Scenario load(const std::string& path, const ParameterOverrides& overrides, const Limits& limits,
              detail::SourceReader& reader) {
    detail::Diagnostics diagnostics;
    detail::ParameterBook book(overrides, reader);
    const auto layers = detail::load_layers(path, limits, diagnostics, reader);
    const View root(layers, "", diagnostics, &book);
    root.check_map({"name",          "title",        "extends",
                    "horizon_years", "start_date",   "price_year",
                    "discount_rate", "replications", "seed",
                    "baseline",      "groups",       "priority",
                    "states",        "initial",      "arrivals",
                    "exits",         "fixed_costs",  "options",
                    "source",        "validation",   "homeless_trend_per_year",
                    "sources",       "indicators"});
    Scenario scenario;
    scenario.path = path;
    for (const detail::Layer& layer : layers) {
        scenario.files.push_back(*layer.file);
    }
    read_header(root, limits, scenario);
    read_citations(root["sources"], scenario);

    detail::BuildContext ctx{diagnostics, {}, {}, model::days_per_year, &scenario.sources};
    if (!root["horizon_years"].present()) {
        root.error("needs 'horizon_years'");
    }
    double horizon_years =
        root["horizon_years"].number_or(1.0, fields::horizon_years.min, fields::horizon_years.max);
    if (horizon_years > limits.horizon_years) {
        std::ostringstream years; // the value read: an override, if one replaced the file's
        years.precision(15);
        years << horizon_years;
        root["horizon_years"].error("a horizon of " + years.str() + " years is " +
                                    limit_hint("horizon_years", limits.horizon_years));
        horizon_years = 1.0;
    }
    ctx.horizon_days = horizon_years * model::days_per_year;
    if (!root["groups"].present()) {
        root.error("needs 'groups': who the households are");
    } else if (root["groups"].expect_map()) {
        ctx.groups = detail::NameList(root["groups"].keys());
    }
    if (!root["states"].present()) {
        root.error("needs 'states': the steps of the housing chain");
    } else if (root["states"].expect_map()) {
        ctx.states = detail::NameList(root["states"].keys());
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
    std::vector<std::size_t> at_steady_state; // options whose initial is steady_state
    const detail::ViewIndex option_views(options);
    for (const std::string& option_name : option_names) {
        const View option = option_views[option_name];
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
        const View merged = option_chain(option_views, option_name).over(root);
        if (detail::is_steady_state(merged["initial"])) {
            at_steady_state.push_back(scenario.options.size());
        }
        const bool first = scenario.options.empty();
        ctx.sources = first ? &scenario.sources : nullptr;
        model::ModelSpec spec = detail::build_model(merged, ctx);
        spec.calendar = scenario.calendar;
        double households = 0.0;
        if (diagnostics.empty()) {
            detail::validate_model(merged, ctx, spec);
            households = detail::check_size_limits(merged, spec, limits);
        }
        spec.max_events = static_cast<std::uint64_t>(limits.events);
        // The option's own title only: an option extending another is a different option.
        scenario.options.push_back(OptionModel{option_name, std::move(spec),
                                               option["title"].text().value_or(""), households});
    }
    if (!at_steady_state.empty() && diagnostics.empty()) {
        settle_initial_stocks(root["initial"], at_steady_state, scenario);
    }
    for (const std::string& field : book.unused_overrides()) {
        diagnostics.add(Diagnostic{path, 0, 0, field,
                                   "is not a numeric field of this scenario, so it cannot be "
                                   "overridden (`hcsim parameters FILE` lists them)"});
    }
    if (root["indicators"].present() && !scenario.options.empty() && diagnostics.empty()) {
        // Every option has the baseline's states, groups and calendar.
        scenario.indicators = detail::read_indicators(root["indicators"], scenario.options[0].spec);
    }
    if (root["validation"].present() && !scenario.options.empty() && diagnostics.empty()) {
        const detail::ReferenceModels references =
            load_references(root["validation"], limits, reader);
        scenario.validation = detail::read_targets(root["validation"], scenario.options[0].spec,
                                                   loading_reference ? nullptr : &references);
        const auto items = root["validation"].items();
        for (std::size_t t = 0; t < scenario.validation.size(); ++t) {
            auto& target = scenario.validation[t];
            if (target.option.empty()) {
                continue;
            }
            if (!scenario.has_option(target.option)) {
                items[t]["option"].error("the scenario has no option '" + target.option + "'");
                continue;
            }
            target.model =
                std::make_shared<const model::ModelSpec>(scenario.option(target.option).spec);
            target.model_seed = scenario.seed;
        }
    }
    if (!diagnostics.empty()) {
        auto list = diagnostics.take();
        // The same base field read for several options is one error, not several.
        std::vector<Diagnostic> unique;
        std::set<std::tuple<std::string, int, int, std::string>> seen;
        for (auto& d : list) {
            if (seen.emplace(d.file, d.line, d.column, d.message).second) {
                unique.push_back(std::move(d));
            }
        }
        throw ScenarioError(std::move(unique));
    }
    if (const auto problem = check_result_size(scenario, scenario.replications, limits)) {
        throw ScenarioError({Diagnostic{path, 0, 0, "replications", *problem}});
    }
    scenario.parameters = book.take_sites();
    return scenario;
}

} // namespace

Scenario load_scenario(const std::string& path, const ParameterOverrides& overrides,
                       const Limits& limits) {
    detail::SourceReader reader;
    Scenario scenario = load(path, overrides, limits, reader);
    scenario.texts = reader.files();
    return scenario;
}

Scenario load_scenario(const std::shared_ptr<const SourceFiles>& texts,
                       const ParameterOverrides& overrides, const Limits& limits) {
    if (!texts || texts->empty()) {
        throw InternalError("a scenario rebuilt from no kept files");
    }
    detail::SourceReader reader(texts);
    reader.reuse(detail::RebuildCache::on_this_thread(texts, limits));
    Scenario scenario = load(texts->front().path, overrides, limits, reader);
    scenario.texts = texts;
    return scenario;
}

} // namespace hcsim::scenario
