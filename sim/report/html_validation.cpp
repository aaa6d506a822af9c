// The report's validation section: figures observed in the district (the scenario's
// `validation:` list, written by compare to validation.csv) against the baseline's
// replications, so a reader can judge how far to trust the model before using its figures.
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"

#include <algorithm>
#include <cmath>

namespace hcsim::report {

namespace {

std::string words(std::string_view key, Language language) {
    constexpr Words table{"html_validation"};
    return table.or_readable(key, language, key.substr(key.find(':') + 1)); // a new quantity
}

std::string months(const ValidationCheck& check) {
    return check.first_month == check.last_month
               ? std::to_string(check.first_month)
               : std::to_string(check.first_month) + "–" + std::to_string(check.last_month);
}

std::string target_name(const ValidationCheck& check) {
    return check.title.empty() ? readable_name(check.target) : check.title;
}

std::size_t count_independent(const CompareFolder& folder, bool within_only) {
    return static_cast<std::size_t>(std::count_if(
        folder.validation.begin(), folder.validation.end(), [&](const ValidationCheck& c) {
            return c.independent && (!within_only || c.within_range);
        }));
}

// "none", "one_in", "one_out" or "many": how the sentences about the independent figures read.
std::string tested_case(const CompareFolder& folder) {
    const std::size_t count = count_independent(folder, false);
    if (count == 0) {
        return "none";
    }
    if (count == 1) {
        return count_independent(folder, true) == 1 ? "one_in" : "one_out";
    }
    return "many";
}

std::string tested_words(const CompareFolder& folder, const std::string& prefix,
                         Language language) {
    return fill(words(prefix + tested_case(folder), language),
                {{"count", std::to_string(count_independent(folder, false))},
                 {"within", std::to_string(count_independent(folder, true))}});
}

// What an independent miss means for the savings: shelter use 3 times too high makes shelter
// savings about 3 times too large.
std::string miss_meaning(const ValidationCheck& check, Language language) {
    if (!check.independent || check.within_range || !(check.observed > 0.0) ||
        !(check.model.mean > 0.0)) {
        return "";
    }
    const double ratio = check.model.mean / check.observed;
    if (ratio > 1.0) {
        return fill(words("too_high", language),
                    {{"target", target_name(check)}, {"ratio", format_number(ratio, 1, language)}});
    }
    return fill(words("too_low", language), {{"target", target_name(check)},
                                             {"share", format_number(100.0 * ratio, 0, language)}});
}

// The calibrated parameters (assumptions.csv rows with calibration bounds), as a sentence.
std::string calibrated_sentence(const CompareFolder& folder, Language language) {
    if (!folder.assumptions) {
        return "";
    }
    std::string list;
    for (const auto& row : *folder.assumptions) {
        if (!row.calibrate_min || !row.calibrate_max) {
            continue;
        }
        // Bounds are mostly whole numbers; a fitted value keeps its sensible decimals.
        const auto number = [&](double x) {
            return format_number(x, x == std::floor(x) ? 0 : sensible_decimals(x), language);
        };
        list +=
            (list.empty() ? "" : "; ") + fill(words("calibrated_value", language),
                                              {{"parameter", parameter_label(row.field, language)},
                                               {"value", number(row.value)},
                                               {"min", number(*row.calibrate_min)},
                                               {"max", number(*row.calibrate_max)}});
    }
    return list.empty() ? "" : fill(words("calibrated", language), {{"parameters", list}});
}

// "+18" or "−5": a whole percentage with its sign.
std::string format_signed_percent(double percent, Language language) {
    const std::string number = format_number(std::abs(percent), 0, language);
    return (percent < 0.0 ? "−" : "+") + number;
}

std::string paragraph(const std::string& css_class, const std::string& text) {
    return text.empty() ? "" : "<p class=\"" + css_class + "\">" + html_escape(text) + "</p>\n";
}

} // namespace

std::string validation_sentence(const CompareFolder& folder, Language language) {
    if (folder.validation.empty()) {
        return "";
    }
    return tested_words(folder, "summary:", language);
}

std::string drift_sentence(const CompareFolder& folder, Language language) {
    const auto* start = folder.find_summary(folder.baseline(), "homeless_households_start");
    const auto* end = folder.find_summary(folder.baseline(), "homeless_households_end");
    if (start == nullptr || end == nullptr || !(start->ci.mean > 0.0)) {
        return "";
    }
    const double change = end->ci.mean / start->ci.mean - 1.0;
    if (!(std::abs(change) > drift_threshold)) {
        return "";
    }
    std::string trends;
    for (const auto& row : folder.assumptions.value_or(std::vector<AssumptionRow>{})) {
        const bool arrival_trend = row.field.starts_with("arrivals[") &&
                                   row.field.ends_with(".trend_per_year") && row.value != 0.0;
        // An observed change explains a drift in the same direction only.
        const bool observed = row.field == "homeless_trend_per_year" && row.value * change > 0.0;
        if (arrival_trend || observed) {
            trends += (trends.empty() ? "" : "; ") +
                      fill(words("trend_value", language),
                           {{"parameter", row.field == "homeless_trend_per_year"
                                              ? words("drift:observed_label", language)
                                              : parameter_label(row.field, language)},
                            {"value", format_signed_percent(100.0 * row.value, language)}});
        }
    }
    return fill(words(trends.empty() ? "drift:unexplained" : "drift:trend", language),
                {{"baseline", option_title(folder, folder.baseline(), language)},
                 {"direction", words(change > 0.0 ? "direction:up" : "direction:down", language)},
                 {"start", format_number(start->ci.mean, 0, language)},
                 {"end", format_number(end->ci.mean, 0, language)},
                 {"change", format_signed_percent(100.0 * change, language) +
                                (language == Language::sv ? "\u00a0%" : "%")},
                 {"years", std::to_string(folder.years())},
                 {"trends", trends}});
}

std::string section_validation(const CompareFolder& folder, Language language, Charts&) {
    if (folder.validation.empty()) {
        return "";
    }
    std::string body =
        paragraph("notice", drift_sentence(folder, language)) +
        paragraph("intro", fill(words("intro", language),
                                {{"baseline", baseline_phrase(folder, language)},
                                 {"tested", tested_words(folder, "tested:", language)}})) +
        table_wrap_open(words("heading", language)) + "<table class=\"validation\"><thead><tr>";
    for (const char* key : {"target", "kind", "quantity", "months"}) {
        body += "<th>" + html_escape(words(key, language)) + "</th>";
    }
    for (const char* key : {"observed", "model", "range"}) {
        body += "<th class=\"num\">" + html_escape(words(key, language)) + "</th>";
    }
    body += "<th>" + html_escape(words("within", language)) + "</th><th>" +
            html_escape(std::string(text("source", language))) + "</th></tr></thead>\n<tbody>\n";
    std::string misses;
    std::string meanings;
    for (const auto& check : folder.validation) {
        // Observed figures are mostly counts: whole numbers from 10 up.
        const int decimals = check.observed >= 10.0 || check.observed == std::floor(check.observed)
                                 ? 0
                                 : sensible_decimals(check.observed);
        const std::string range = format_number(check.range_low, decimals, language) + "–" +
                                  format_number(check.range_high, decimals, language);
        body += std::string("<tr") + (check.within_range ? "" : " class=\"miss\"") + "><td>" +
                html_escape(target_name(check)) + "</td><td>" +
                html_escape(
                    words(check.independent ? "kind:independent" : "kind:input_check", language)) +
                "</td><td>" + html_escape(words("quantity:" + check.quantity, language)) +
                "</td><td>" + months(check) + "</td><td class=\"num\">" +
                format_number(check.observed, decimals, language) +
                "</td><td class=\"num interval\">" +
                html_escape(format_interval(check.model.mean, check.model.low, check.model.high, "",
                                            language)) +
                "</td><td class=\"num\">" + range + "</td><td>" +
                html_escape(words(check.within_range ? "yes" : "no", language)) +
                "</td><td class=\"source\">" + html_escape(cite(folder, check.source, language)) +
                "</td></tr>\n";
        if (!check.within_range) {
            misses += (misses.empty() ? "" : ", ") + target_name(check);
        }
        if (const std::string meaning = miss_meaning(check, language); !meaning.empty()) {
            meanings += (meanings.empty() ? "" : " ") + meaning;
        }
    }
    body += "</tbody></table></div>\n" +
            paragraph("calibration", calibrated_sentence(folder, language));
    if (!misses.empty()) {
        body += paragraph("notice", fill(words("misses", language), {{"targets", misses}}) +
                                        (meanings.empty() ? "" : " " + meanings));
    }
    return html_section("validation", words("heading", language), body);
}

} // namespace hcsim::report
