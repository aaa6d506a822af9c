// "Vad varje roll bidrar med": for each option with several roles, what each role adds (the
// option against the same option without it), the roles together, and the gap between the
// whole and the sum of its parts.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::report {

namespace {

std::string t(std::string_view key, Language language) {
    constexpr Words words{"html_contributions"};
    return std::string(words.find(key, language).value_or(key));
}

const analysis::ContributionRow* find(const CompareFolder& folder, const std::string& option,
                                      const std::string& role, const std::string& metric) {
    const auto found =
        std::find_if(folder.contributions.begin(), folder.contributions.end(), [&](const auto& r) {
            return r.option == option && r.role == role && r.metric == metric;
        });
    return found == folder.contributions.end() ? nullptr : &*found;
}

// Interaction is shown when its interval excludes zero.
bool interacts(const kernel::ConfidenceInterval& ci) {
    return !std::isnan(ci.low) && (ci.low > 0.0 || ci.high < 0.0);
}

} // namespace

std::string section_contributions(const CompareFolder& folder, Language language, Charts&) {
    if (folder.contributions.empty()) {
        return "";
    }
    // The headline outcomes and cost; the file has a few more (served, with children, end).
    std::vector<std::string> metrics;
    for (const char* metric :
         {"evictions", "households_to_own_lease", "homeless_nights", "cost_total_tkr"}) {
        if (std::any_of(folder.contributions.begin(), folder.contributions.end(),
                        [&](const auto& r) { return r.metric == metric; })) {
            metrics.emplace_back(metric);
        }
    }
    std::string body = "<p class=\"intro\">" + html_escape(t("intro", language)) + "</p>\n";
    for (const auto& option : folder.options()) {
        std::vector<std::string> roles;
        for (const auto& row : folder.contributions) {
            if (row.option == option &&
                std::find(roles.begin(), roles.end(), row.role) == roles.end()) {
                roles.push_back(row.role);
            }
        }
        if (roles.empty()) {
            continue;
        }
        body += "<h3>" + html_escape(option_title(folder, option, language)) + "</h3>\n";
        body += table_wrap_open(option_title(folder, option, language)) +
                "<table class=\"contributions\"><thead><tr><th>" +
                html_escape(t("role", language)) + "</th>";
        for (const auto& metric : metrics) {
            const auto* any = find(folder, option, roles.front(), metric);
            const std::string unit = any != nullptr ? unit_label(any->unit, language) : "";
            body += "<th>" + html_escape(metric_label(metric, language)) +
                    (unit.empty() ? "" : " (" + html_escape(unit) + ")") + "</th>";
        }
        body += "</tr></thead><tbody>\n";
        std::vector<std::string> interacting;
        for (const auto& role : roles) {
            const bool whole = role == analysis::all_roles;
            const bool gap = role == analysis::interaction;
            const std::string label = whole || gap ? std::string(text("role:" + role, language))
                                                   : role_title(folder, role, language);
            body += std::string(whole || gap ? "<tr class=\"total\">" : "<tr>") + "<th>" +
                    html_escape(label) + "</th>";
            for (const auto& metric : metrics) {
                const auto* row = find(folder, option, role, metric);
                std::string cell = "–";
                if (row != nullptr && !std::isnan(row->ci.mean)) {
                    // The mean, and its interval on a line of its own: five columns fit.
                    const std::string text =
                        format_difference(row->ci.mean, row->ci.low, row->ci.high, "", language);
                    const auto open = text.find(" (");
                    cell = html_escape(text.substr(0, open));
                    if (open != std::string::npos) {
                        cell += "<br><span class=\"ci\">" + html_escape(text.substr(open + 1)) +
                                "</span>";
                    }
                    if (gap && interacts(row->ci)) {
                        interacting.push_back(metric_label(metric, language));
                    }
                }
                body += "<td>" + cell + "</td>";
            }
            body += "</tr>\n";
        }
        body += "</tbody></table></div>\n";
        std::string list;
        for (std::size_t i = 0; i < interacting.size(); ++i) {
            std::string name = interacting[i];
            if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') {
                name[0] = static_cast<char>(name[0] - 'A' + 'a'); // mid-sentence
            }
            list += (i == 0 ? "" : i + 1 == interacting.size() ? t("and", language) : ", ") + name;
        }
        body += "<p>" +
                html_escape(interacting.empty()
                                ? t("adds_up", language)
                                : fill(t("does_not_add_up", language), {{"metrics", list}})) +
                "</p>\n";
    }
    return html_section("contributions", t("heading", language), body);
}

} // namespace hcsim::report
