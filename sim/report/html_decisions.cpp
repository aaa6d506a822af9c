// The decision-analysis section of report.html: drawn from the folders `hcsim psa` and
// `hcsim sweep` write next to the compare folder (<folder>-psa, <folder>-sweep), when they
// exist. Columns: docs/decisions.md.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/decision_headline.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hcsim::report {

namespace {

using nlohmann::json;

constexpr Words words{"html_decisions"};

std::string percent(double share, Language language) {
    return format_number(100.0 * share, 0, language) + (language == Language::sv ? "\u00a0%" : "%");
}

std::string colour(const CompareFolder& folder, const std::string& option) {
    const auto at = std::find(folder.options().begin(), folder.options().end(), option);
    const auto index = static_cast<std::size_t>(at - folder.options().begin());
    return option_palette()[index % option_palette().size()];
}

std::string psa_part(const CompareFolder& folder, const std::filesystem::path& psa,
                     Language language, Charts& charts) {
    const auto summary = read_table(psa / "psa_summary.csv");
    if (!summary || summary->rows() == 0) {
        return "";
    }
    const auto sibling = sibling_folder(folder.path, "-psa");
    const auto drivers = read_table(psa / "global_sensitivity.csv")
                             ? read_table(psa / "global_sensitivity.csv")
                             : read_table(sibling / "global_sensitivity.csv");
    const auto break_even = read_table(psa / "break_even.csv");
    const auto tornado = read_table(psa / "tornado.csv") ? read_table(psa / "tornado.csv")
                                                         : read_table(sibling / "tornado.csv");
    const auto acceptability = read_table(psa / "acceptability.csv");
    const auto draws = read_table(psa / "psa_draws.csv");
    std::string html =
        "<p class=\"intro\">" +
        html_escape(fill(words("intro", language), {{"draws", summary->text(0, "draws")}})) +
        "</p>\n";
    if (const auto status = read_table(psa / "psa_status.csv"); status && status->rows() > 0) {
        html.insert(html.size() - 5,
                    html_escape(fill(words("intro_sizes", language),
                                     {{"draws", summary->text(0, "draws")},
                                      {"replications", status->text(0, "replications")}})));
    }
    for (std::size_t r = 0; r < summary->rows(); ++r) {
        const std::string option = summary->text(r, "option");
        if (summary->has_column("perspective") && summary->text(r, "perspective") != "society") {
            continue;
        }
        std::string top;
        for (std::size_t d = 0, shown = 0; drivers && d < drivers->rows() && shown < 3; ++d) {
            if (drivers->text(d, "option") == option &&
                drivers->text(d, "outcome") == "delta_cost_tkr") {
                top += (shown++ ? "; " : "") + parameter_label(drivers->text(d, "label"), language);
            }
        }
        std::string paragraph =
            fill(words("option_summary", language),
                 {{"option", option_title(folder, option, language)},
                  {"saves", percent(summary->number(r, "probability_saves_money"), language)},
                  {"prevents",
                   percent(summary->number(r, "probability_prevents_an_eviction"), language)}});
        if (!top.empty()) {
            paragraph += fill(words("drivers", language), {{"drivers", top}});
        }
        for (std::size_t b = 0; break_even && b < break_even->rows(); ++b) {
            const double k = break_even->number(b, "effect_multiplier_break_even");
            const bool society = !break_even->has_column("perspective") ||
                                 break_even->text(b, "perspective") == "society";
            if (break_even->text(b, "option") == option && society && !std::isnan(k)) {
                paragraph += fill(words("break_even", language), {{"share", percent(k, language)}});
            }
        }
        html += "<p>" + html_escape(paragraph) + "</p>\n";
        if (tornado) {
            json categories = json::array();
            json low_end = json::array();
            json high_end = json::array();
            double nominal = 0.0;
            for (std::size_t t = 0; t < tornado->rows() && categories.size() < 8; ++t) {
                if (tornado->text(t, "option") != option) {
                    continue;
                }
                categories.push_back(parameter_label(tornado->text(t, "label"), language));
                nominal = tornado->number(t, "nominal_delta_cost_tkr");
                low_end.push_back(tornado->number(t, "delta_cost_low_tkr"));
                high_end.push_back(tornado->number(t, "delta_cost_high_tkr"));
            }
            const json spec{{"kind", "tornado"},
                            {"unit", "tkr"},
                            {"categories", categories},
                            {"nominal", nominal},
                            {"low", low_end},
                            {"high", high_end},
                            {"names",
                             {{"low", words("at_low_end", language)},
                              {"high", words("at_high_end", language)},
                              {"nominal", words("as_in_scenario", language)}}}};
            html += charts.figure("tornado-" + option, spec.dump(),
                                  fill(words("tornado", language),
                                       {{"option", option_title(folder, option, language)}}));
        }
    }
    if (acceptability) {
        // The curve of mutually exclusive options: each one's probability of being best (the
        // baseline included), and the frontier: the option with the highest mean net benefit.
        std::vector<std::string> names;
        for (std::size_t r = 0; r < summary->rows(); ++r) {
            if (std::find(names.begin(), names.end(), summary->text(r, "option")) == names.end()) {
                names.push_back(summary->text(r, "option"));
            }
        }
        std::vector<double> mean_cost(names.size(), 0.0), mean_prevented(names.size(), 0.0);
        std::vector<double> counted(names.size(), 0.0);
        for (std::size_t d = 0; draws && d < draws->rows(); ++d) {
            const auto at = std::find(names.begin(), names.end(), draws->text(d, "option"));
            if (at != names.end()) {
                const auto o = static_cast<std::size_t>(at - names.begin());
                mean_cost[o] += draws->number(d, "delta_cost_tkr");
                mean_prevented[o] += draws->number(d, "evictions_prevented");
                counted[o] += 1.0;
            }
        }
        names.push_back("baseline");
        json x = json::array();
        json series = json::array();
        std::vector<std::vector<double>> best(names.size());
        for (std::size_t a = 0; a < acceptability->rows(); ++a) {
            const double lambda = acceptability->number(a, "value_per_eviction_prevented_tkr");
            if (x.empty() || x.back().get<double>() != lambda) {
                x.push_back(lambda);
            }
            const auto at = std::find(names.begin(), names.end(), acceptability->text(a, "option"));
            if (at != names.end()) {
                best[static_cast<std::size_t>(at - names.begin())].push_back(
                    acceptability->number(a, "probability_best"));
            }
        }
        json frontier = json::array();
        for (std::size_t i = 0; i < x.size(); ++i) {
            const double lambda = x[i].get<double>();
            std::size_t chosen = names.size() - 1; // the baseline, net benefit 0
            double value = 0.0;
            for (std::size_t o = 0; o + 1 < names.size(); ++o) {
                const double nb = counted[o] > 0.0
                                      ? (lambda * mean_prevented[o] - mean_cost[o]) / counted[o]
                                      : 0.0;
                if (nb > value) {
                    value = nb;
                    chosen = o;
                }
            }
            frontier.push_back(i < best[chosen].size() ? json(best[chosen][i]) : json(nullptr));
        }
        for (std::size_t o = 0; o < names.size(); ++o) {
            const bool baseline = o + 1 == names.size();
            series.push_back(
                {{"name", option_title(folder, baseline ? folder.baseline() : names[o], language)},
                 {"color", colour(folder, baseline ? folder.baseline() : names[o])},
                 {"dashed", baseline},
                 {"y", best[o]}});
        }
        series.push_back({{"name", words("best_on_average", language)},
                          {"color", "#222222"},
                          {"symbol", true},
                          {"y", frontier}});
        const json spec{{"kind", "lines"},
                        {"x", x},
                        {"xName", words("value", language)},
                        {"yMax", 1.0},
                        {"series", series}};
        html += charts.figure("acceptability", spec.dump(), words("acceptability", language));
    }
    if (draws) {
        json series = json::array();
        for (std::size_t r = 0; r < summary->rows(); ++r) {
            if (summary->has_column("perspective") &&
                summary->text(r, "perspective") != "society") {
                continue;
            }
            const std::string option = summary->text(r, "option");
            json points = json::array();
            for (std::size_t d = 0; d < draws->rows(); ++d) {
                if (draws->text(d, "option") == option) {
                    points.push_back({draws->number(d, "evictions_prevented"),
                                      draws->number(d, "delta_cost_tkr")});
                }
            }
            series.push_back({{"name", option_title(folder, option, language)},
                              {"color", colour(folder, option)},
                              {"points", points}});
        }
        const json spec{{"kind", "scatter"},
                        {"xName", words("evictions_prevented", language)},
                        {"yName", words("delta_cost", language)},
                        {"series", series}};
        html += charts.figure("psa-scatter", spec.dump(), words("scatter", language));
    }
    return html;
}

std::string sweep_part(const CompareFolder& folder, const std::filesystem::path& sweep_folder,
                       Language language, Charts& charts) {
    const auto sweep = read_table(sweep_folder / "sweep.csv");
    if (!sweep || sweep->rows() == 0) {
        return "";
    }
    // The swept roles: the header's <role>_fte columns, in order.
    std::vector<std::string> fte_columns;
    {
        std::ifstream in(sweep_folder / "sweep.csv");
        std::string header;
        std::getline(in, header);
        std::stringstream cells(header);
        for (std::string cell; std::getline(cells, cell, ',');) {
            if (cell.size() > 4 && cell.compare(cell.size() - 4, 4, "_fte") == 0) {
                fte_columns.push_back(cell);
            }
        }
    }
    std::vector<std::string> options;
    for (std::size_t r = 0; r < sweep->rows(); ++r) {
        if (std::find(options.begin(), options.end(), sweep->text(r, "option")) == options.end()) {
            options.push_back(sweep->text(r, "option"));
        }
    }
    json series = json::array();
    json frontier = json::array();
    std::string html;
    for (const auto& option : options) {
        json points = json::array();
        std::size_t best = sweep->rows();
        double best_value = 0.0;
        for (std::size_t r = 0; r < sweep->rows(); ++r) {
            if (sweep->text(r, "option") != option) {
                continue;
            }
            const double cost = sweep->number(r, "delta_cost_tkr");
            const double prevented = sweep->number(r, "evictions_prevented");
            points.push_back({prevented, cost});
            if (sweep->text(r, "on_frontier") == "1") {
                frontier.push_back({prevented, cost});
            }
            if (-cost > best_value) {
                best_value = -cost;
                best = r;
            }
        }
        series.push_back({{"name", option_title(folder, option, language)},
                          {"color", colour(folder, option)},
                          {"points", points}});
        if (best < sweep->rows()) {
            std::string staffing;
            for (const auto& column : fte_columns) {
                staffing += (staffing.empty() ? "" : ", ") +
                            readable_name(column.substr(0, column.size() - 4)) + " " +
                            format_number(sweep->number(best, column), 2, language) + " " +
                            words("fte", language);
            }
            html += "<p>" +
                    html_escape(fill(words("pays_best", language),
                                     {{"option", option_title(folder, option, language)},
                                      {"staffing", staffing}})) +
                    "</p>\n";
        }
    }
    std::sort(frontier.begin(), frontier.end());
    frontier.insert(frontier.begin(), json::array({0.0, 0.0}));
    series.push_back({{"name", words("frontier_line", language)},
                      {"color", "#222222"},
                      {"line", true},
                      {"points", frontier}});
    const json spec{{"kind", "scatter"},
                    {"xName", words("evictions_prevented", language)},
                    {"yName", words("delta_cost", language)},
                    {"series", series}};
    return html + charts.figure("frontier", spec.dump(), words("frontier", language));
}

} // namespace

std::filesystem::path sibling_folder(const std::filesystem::path& folder,
                                     const std::string& suffix) {
    auto path = folder.lexically_normal();
    if (path.filename().empty()) {
        path = path.parent_path();
    }
    return path.parent_path() / (path.filename().string() + suffix);
}

std::string section_decisions(const CompareFolder& folder, Language language, Charts& charts) {
    const auto psa = psa_folder_of(folder);
    const std::string body =
        (psa.empty() ? "" : psa_part(folder, psa, language, charts)) +
        sweep_part(folder, sibling_folder(folder.path, "-sweep"), language, charts);
    if (body.empty()) {
        return "";
    }
    return html_section("decisions", words("heading", language), body);
}

} // namespace hcsim::report
