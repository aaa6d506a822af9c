#include "hcsim/report/html_report.hpp"

#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace hcsim::report::embedded {
extern const std::string_view echarts_js;
extern const std::string_view report_charts_js;
extern const std::string_view report_css;
} // namespace hcsim::report::embedded

namespace hcsim::report {

std::string table_wrap_open(const std::string& label) {
    return "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" +
           html_escape(label) + "\">";
}

std::string html_section(const std::string& id, const std::string& heading,
                         const std::string& body_html) {
    return "<section id=\"" + id + "\">\n<h2>" + html_escape(heading) + "</h2>\n" + body_html +
           "</section>\n";
}

namespace {

std::string own_title(const CompareFolder& folder, std::string_view option) {
    for (const auto& [name, title] : folder.manifest.option_titles) {
        if (name == option) {
            return title;
        }
    }
    return "";
}

// What the baseline means in this scenario: its title ("teamet läggs ner"), else usual care.
std::string baseline_meaning(const CompareFolder& folder, Language language) {
    const std::string title = own_title(folder, folder.baseline());
    return title.empty() ? std::string(text("baseline_default", language)) : title;
}

} // namespace

std::string role_title(const CompareFolder& folder, std::string_view role, Language language) {
    for (const auto& [name, title] : folder.manifest.role_titles) {
        if (name == role) {
            return title;
        }
    }
    return role_label(role, language);
}

std::string option_title(const CompareFolder& folder, std::string_view option, Language language) {
    if (option == folder.baseline()) {
        return std::string(text("baseline", language)) + " (" + baseline_meaning(folder, language) +
               ")";
    }
    const std::string title = own_title(folder, option);
    return title.empty() ? option_label(option, language) : title;
}

std::string baseline_phrase(const CompareFolder& folder, Language language) {
    return (language == Language::sv ? "nollalternativet (" : "the baseline (") +
           baseline_meaning(folder, language) + ")";
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            // Control characters are not allowed in HTML (not even as &#0;): a NUL from a
            // hand-edited CSV must not reach the page. Tabs and line breaks are whitespace.
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
                c == '\x7F') {
                break;
            }
            out += c;
        }
    }
    return out;
}

std::string fill(std::string pattern,
                 const std::vector<std::pair<std::string, std::string>>& values) {
    // One pass over the pattern: a value that contains "{name}" (a title, a source) is
    // copied as written, never expanded.
    std::string out;
    std::size_t at = 0;
    while (at < pattern.size()) {
        const std::size_t open = pattern.find('{', at);
        if (open == std::string::npos) {
            break;
        }
        const std::size_t close = pattern.find('}', open);
        const auto found =
            close == std::string::npos
                ? values.end()
                : std::find_if(values.begin(), values.end(), [&](const auto& entry) {
                      return pattern.compare(open + 1, close - open - 1, entry.first) == 0;
                  });
        if (found == values.end()) {
            out.append(pattern, at, open + 1 - at);
            at = open + 1;
            continue;
        }
        out.append(pattern, at, open - at);
        out += found->second;
        at = close + 1;
    }
    out.append(pattern, std::min(at, pattern.size()), std::string::npos);
    return out;
}

std::string Charts::figure(const std::string& id, std::string json, const std::string& caption,
                           const std::string& css_class) {
    specs_.emplace_back(id, std::move(json));
    return "<figure><figcaption>" + html_escape(caption) + "</figcaption><div class=\"" +
           css_class + "\" data-chart=\"" + html_escape(id) + "\"></div></figure>\n";
}

const std::vector<std::string>& option_palette() {
    static const std::vector<std::string> colours{"#5b6770", "#1f6fb2", "#d9822b", "#2e8b57",
                                                  "#8e44ad", "#c0392b", "#16a085", "#7f8c8d",
                                                  "#b7950b", "#2c3e50"};
    return colours;
}

std::vector<SectionWriter> default_sections() {
    // The summary and the budget fill the first two printed pages (an application attaches
    // them); the application's own measures follow.
    return {section_summary,    section_budget,      section_indicators, section_costs,
            section_outcomes,   section_differences, section_economics,  section_contributions,
            section_decisions,  section_whatif,      section_timeseries, section_flows,
            section_validation, section_assumptions, section_manifest,   section_cheers};
}

// Inline script text must not close its element early: "</script" in code (the embedded
// scripts have none; checked by the tests) and any "<" in JSON, where it only occurs inside
// strings and \u003c means the same.
std::string script_safe(std::string_view code) {
    std::string out(code);
    for (std::size_t at = out.find("</script"); at != std::string::npos;
         at = out.find("</script", at + 3)) {
        out.replace(at, 2, "<\\/");
    }
    return out;
}

std::string json_safe(std::string_view json) {
    std::string out;
    for (const char c : json) {
        out += c == '<' ? std::string("\\u003c") : std::string(1, c);
    }
    return out;
}

namespace {

std::string chart_data_json(const Charts& charts, Language language) {
    std::string json = "{\"locale\":\"";
    json += language == Language::sv ? "sv-SE" : "en-GB";
    json += "\",\"palette\":[";
    for (std::size_t i = 0; i < option_palette().size(); ++i) {
        json += (i == 0 ? "\"" : ",\"") + option_palette()[i] + "\"";
    }
    json += "],\"words\":{\"to\":\"" + std::string(text("to", language)) + "\",\"month\":\"" +
            std::string(text("month_word", language)) + "\",\"chartMissing\":\"" +
            std::string(text("chart_missing", language)) + "\"},\"charts\":{";
    bool first = true;
    for (const auto& [id, spec] : charts.specs()) {
        json += (first ? "\"" : ",\"") + id + "\":" + spec;
        first = false;
    }
    return json + "}}";
}

// A CSS string: quotes and backslashes escaped, "<" as an escape so no markup can close the
// style element.
std::string css_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '<') {
            out += "\\3c ";
        } else if (c == '\n' || c == '\r') {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// The printed page's footer: the scenario's title and "Sida 2 av 14".
std::string page_footer_css(std::string_view title, Language language) {
    const bool sv = language == Language::sv;
    return "@page {\n  @bottom-left { content: " + css_string(title) +
           "; font: 8pt system-ui, sans-serif; color: #5d6b78; }\n"
           "  @bottom-right { content: " +
           css_string(sv ? "Sida " : "Page ") + " counter(page) " +
           css_string(sv ? " av " : " of ") +
           " counter(pages); font: 8pt system-ui, sans-serif; color: #5d6b78; }\n}\n";
}

// "3 år" or, with a start date, "maj 2008 – april 2011 (36 månader)".
std::string horizon_text(const CompareFolder& folder, Language language) {
    const std::size_t months = folder.months();
    std::string out = months % 12 == 0
                          ? std::to_string(months / 12) + " " + std::string(text("years", language))
                          : std::to_string(months) + " " + std::string(text("months", language));
    if (const std::string period = period_text(folder, language); !period.empty()) {
        out += " (" + period + ")";
    }
    return out;
}

std::string title_of(const CompareFolder& folder) {
    return folder.manifest.scenario_title.empty() ? folder.manifest.scenario_path
                                                  : folder.manifest.scenario_title;
}

} // namespace

std::string html_report(const CompareFolder& folder, Language language,
                        const std::vector<SectionWriter>& sections) {
    Charts charts;
    std::string body;
    for (const auto& section : sections) {
        body += section(folder, language, charts);
    }
    const auto& m = folder.manifest;
    std::string meta =
        std::string(text("price_year", language)) + " " + std::to_string(m.price_year) + " · " +
        horizon_text(folder, language) + " · " + std::to_string(m.replications) + " " +
        std::string(text("replications_meta", language)) + " · " + m.started_utc.substr(0, 10);
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(language)) +
                       "\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>" +
                       html_escape(title_of(folder)) + "</title>\n<style>\n" +
                       std::string(embedded::report_css) + "</style>\n<style>\n" +
                       page_footer_css(title_of(folder), language) +
                       "</style>\n</head>\n<body>\n<main>\n";
    page += "<header class=\"report\"><p class=\"kicker\">" +
            std::string(text("report_title", language)) + "</p><h1>" +
            html_escape(title_of(folder)) + "</h1><p class=\"meta\">" + html_escape(meta) +
            "</p></header>\n";
    page += body;
    page += "<footer>" + std::string(text("generated_by", language)) + " " +
            html_escape(m.version) + "</footer>\n</main>\n";
    page += "<script type=\"application/json\" id=\"hcsim-data\">" +
            json_safe(chart_data_json(charts, language)) + "</script>\n";
    page += "<script>\n" + script_safe(embedded::echarts_js) + "\n</script>\n";
    page += "<script>\n" + script_safe(embedded::report_charts_js) + "\n</script>\n";
    return page + "</body>\n</html>\n";
}

std::string html_report(const CompareFolder& folder, Language language) {
    return html_report(folder, language, default_sections());
}

} // namespace hcsim::report
