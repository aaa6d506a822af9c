// The report's names and the validation section: parameter labels, option titles, the
// placeholder filler, and the model against observed figures (validation.csv).
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"
#include "hcsim/report/writers.hpp"
#include "report_fixture.hpp"

#include <fstream>
#include <gtest/gtest.h>

namespace {

using namespace hcsim;
using namespace hcsim::test::report_fixture;

TEST(Text, ParameterLabelsInTheReportsLanguage) {
    using report::parameter_label;
    struct Case {
        const char* label;
        Language language;
        const char* expected;
    };
    const Case cases[] = {
        {"bosamordnare: at_risk -> evicted (relative risk)", Language::sv,
         "bosamordnare: Hotad av vräkning → vräkning (relativ risk)"},
        {"bolots: shelter -> to_training (delay factor)", Language::en,
         "bolots: Shelter → to a training flat (delay factor)"},
        {"x: new_state -> new_exit (relative risk)", Language::sv,
         "x: new state → new exit (relativ risk)"},
        {"states.shelter.cost_per_day", Language::sv, "Härbärge: kostnad per dygn"},
        {"exits.at_risk[2].cost.landlord", Language::sv,
         "Hotad av vräkning, utgång 3: kostnad för hyresvärden"},
        {"socionom contact.p_success", Language::sv, "socionom: andel som nås"},
        {"bolots caseload_per_fte", Language::en, "bolots: cases per FTE"},
        // Calibrated chain parameters, as the validation section lists them.
        {"arrivals[1].per_year.adult", Language::sv, "inflöde 2: hushåll per år, vuxna"},
        {"exits.shelter[0].delay.mean_days", Language::sv, "Härbärge, utgång 1: medeltid i dagar"},
        {"arrivals[0].trend_per_year", Language::en, "inflow 1: trend a year"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(parameter_label(c.label, c.language), c.expected) << c.label;
    }
    // Anything else is shown as written.
    for (const std::string odd : {"arrivals[x].per_year", "exits.at_risk[x].cost.a",
                                  "exits.at_risk[99999999999999999999].cost.a", "", "a: b"}) {
        EXPECT_EQ(parameter_label(odd, Language::sv), odd);
    }
}

TEST(Text, FillExpandsThePatternOnlyNotTheValues) {
    EXPECT_EQ(report::fill("{a} and {b}, {unknown} {", {{"a", "{b}"}, {"b", "B"}}),
              "{b} and B, {unknown} {");
    EXPECT_EQ(report::fill("{a}{a}", {{"a", "x"}}), "xx");
    EXPECT_EQ(report::fill("", {{"a", "x"}}), "");
}

TEST(Html, ValidationRowsInSwedishNumbersWithTheMissNamed) {
    const auto folder = report::read_compare_folder(fixture);
    const std::string page = report::html_report(folder, Language::sv);
    const std::string ci = "(95" + nbsp + "%" + nbsp + "KI ";
    // Only the independent figure counts as a test of the model (the other is an input check).
    EXPECT_TRUE(contains(page, "Den oberoende siffran ligger utanför spannet."))
        << "intro counts the independent figures only";
    EXPECT_TRUE(contains(report::summary_paragraphs(folder, Language::sv).back(),
                         "prövats mot 1 observerad siffra i stadsdelen som den inte byggts av; "
                         "den ligger utanför"))
        << "singular, and the input check not counted";
    // Observed counts and their range are whole numbers; the interval follows the mean.
    EXPECT_TRUE(contains(page, "<tr><td>Vräkningshot år 1</td><td>indatakontroll</td><td>inflöde"
                               "</td><td>1–12</td><td class=\"num\">140</td><td class=\"num "
                               "interval\">141 " +
                                   ci + "139 till 142)</td><td class=\"num\">122–161</td><td>ja"))
        << page;
    EXPECT_TRUE(contains(page, "<tr class=\"miss\"><td>in shelter month 12</td><td>oberoende</td>"
                               "<td>hushåll vid månadens slut</td><td>12</td><td class=\"num\">35"
                               "</td><td class=\"num interval\">52,5 " +
                                   ci + "51,0 till 54,0)</td><td class=\"num\">40–65</td><td>nej"))
        << page;
    EXPECT_TRUE(contains(page, "seed 000: 35 in &quot;shelter&quot; &lt;December&gt;"));
    EXPECT_TRUE(contains(page, "Utanför spannet: in shelter month 12."));
    // What the miss means for the savings: 52.5 / 35 = 1.5 times the observed figure.
    EXPECT_TRUE(contains(page, "in shelter month 12: modellen ger 1,5 gånger det observerade."))
        << page;
    const std::string english = report::html_report(folder, Language::en);
    EXPECT_TRUE(contains(english, "The independent figure lies outside the range."));
    EXPECT_TRUE(contains(english, "Outside the range: in shelter month 12."));

    const FixtureCopy copy;
    fs::remove(copy.path() / "validation.csv");
    const auto without = report::read_compare_folder(copy.path());
    EXPECT_FALSE(contains(report::html_report(without, Language::sv), "id=\"validation\""));
    EXPECT_FALSE(contains(report::summary_paragraphs(without, Language::sv).back(), "prövats"));
}

// A do-nothing baseline whose homelessness grows more than 15 % is flagged, saying whether a
// stated arrival trend explains it; below the threshold nothing is said.
TEST(Html, DriftingBaselineIsFlaggedUnlessATrendExplainsIt) {
    const FixtureCopy copy;
    const auto with_homeless = [&](double start, double end) {
        std::ofstream(copy.path() / "summary.csv", std::ios::app)
            << "do_nothing,homeless_households_start,households," << start << "," << start << ","
            << start << "\n"
            << "do_nothing,homeless_households_end,households," << end << "," << end - 2 << ","
            << end + 2 << "\n";
        return report::read_compare_folder(copy.path());
    };
    fs::copy_file(fixture / "summary.csv", copy.path() / "summary.csv",
                  fs::copy_options::overwrite_existing);
    const auto drifting = with_homeless(80, 100);
    EXPECT_TRUE(
        contains(report::drift_sentence(drifting, Language::sv),
                 "ökar antalet hemlösa hushåll i modellen från 80 till 100 (+25" + nbsp + "%) på"))
        << report::drift_sentence(drifting, Language::sv);
    EXPECT_TRUE(
        contains(report::drift_sentence(drifting, Language::sv), "anger ingen trend i inflödet"));
    EXPECT_TRUE(contains(report::summary_paragraphs(drifting, Language::sv).back(),
                         "anger ingen trend i inflödet"));

    std::ofstream(copy.path() / "assumptions.csv", std::ios::app)
        << "arrivals[1].trend_per_year,0.0500,per year,,,,seed 001: antalet hemlösa har ökat,"
           "fixture.yaml,30\n";
    const auto explained = report::read_compare_folder(copy.path());
    EXPECT_TRUE(
        contains(report::drift_sentence(explained, Language::sv),
                 "scenariot anger en trend med källa: inflöde 2: trend per år +5" + nbsp + "%."))
        << report::drift_sentence(explained, Language::sv);

    // A change the district observed explains a drift the same way, not the opposite way.
    fs::copy_file(fixture / "assumptions.csv", copy.path() / "assumptions.csv",
                  fs::copy_options::overwrite_existing);
    std::ofstream(copy.path() / "assumptions.csv", std::ios::app)
        << "homeless_trend_per_year,0.4200,per year,,,,seed 000: 57 then 81,fixture.yaml,3\n";
    EXPECT_TRUE(
        contains(report::drift_sentence(report::read_compare_folder(copy.path()), Language::sv),
                 "observerad förändring av hemlösheten per år +42" + nbsp + "%"));
    fs::copy_file(fixture / "summary.csv", copy.path() / "summary.csv",
                  fs::copy_options::overwrite_existing);
    EXPECT_TRUE(contains(report::drift_sentence(with_homeless(100, 80), Language::sv),
                         "minskar antalet hemlösa hushåll i modellen från 100 till 80 (−20" + nbsp +
                             "%) på"))
        << report::drift_sentence(report::read_compare_folder(copy.path()), Language::sv);

    fs::copy_file(fixture / "summary.csv", copy.path() / "summary.csv",
                  fs::copy_options::overwrite_existing);
    EXPECT_EQ(report::drift_sentence(with_homeless(80, 91), Language::sv), "") << "+14 %";
}

TEST(Html, OptionTitlesFromTheManifestNameTheOptions) {
    const FixtureCopy copy;
    auto manifest = report::read_compare_folder(copy.path()).manifest;
    EXPECT_TRUE(manifest.option_titles.empty()) << "the fixture's manifest has no titles";
    manifest.option_titles = {{"guide", "Bostadsguide <1 årsarbetare>"}};
    std::ofstream(copy.path() / "manifest.json") << report::manifest_json(manifest);
    const auto folder = report::read_compare_folder(copy.path());
    ASSERT_EQ(folder.manifest.option_titles.size(), 1U);
    EXPECT_EQ(report::option_title(folder, "guide", Language::sv), "Bostadsguide <1 årsarbetare>");
    EXPECT_EQ(report::option_title(folder, "do_nothing", Language::sv),
              "Nollalternativ (nuvarande arbetssätt)");
    const auto paragraphs = report::summary_paragraphs(folder, Language::sv);
    EXPECT_TRUE(paragraphs[0].starts_with("Bostadsguide <1 årsarbetare>")) << paragraphs[0];
    const std::string page = report::html_report(folder, Language::sv);
    EXPECT_TRUE(contains(page, "Bostadsguide &lt;1 årsarbetare&gt;"));
    // In the charts' JSON, '<' is written \u003c so no string can close the script.
    EXPECT_TRUE(contains(page, "\"Bostadsguide \\u003c1 årsarbetare>\""))
        << "chart series named by title";
}

} // namespace

namespace words_catalogue {

// words.tsv is read by the program itself: a malformed row or a key given twice in one table
// (the second would never be shown) must fail here, before any report reads it.
TEST(Words, EveryTableOfTheCatalogueIsWellFormed) {
    const auto tables = hcsim::report::phrase_tables();
    ASSERT_GE(tables.size(), 13U);
    for (const auto& table : tables) {
        SCOPED_TRACE(std::string(table.name));
        EXPECT_FALSE(table.phrases.empty());
        for (std::size_t i = 0; i < table.phrases.size(); ++i) {
            const auto& phrase = table.phrases[i];
            EXPECT_FALSE(phrase.key.empty());
            EXPECT_FALSE(phrase.sv.empty()) << phrase.key;
            for (std::size_t j = 0; j < i; ++j) {
                EXPECT_NE(table.phrases[j].key, phrase.key) << "given twice";
            }
        }
    }
}

TEST(Words, ATableIsFoundByNameAndAnUnknownOneIsAnError) {
    const auto cheers = hcsim::report::phrase_table("cheers");
    ASSERT_FALSE(cheers.empty());
    EXPECT_EQ(hcsim::report::text("report_title", hcsim::report::Language::sv), "Beslutsunderlag");
    EXPECT_THROW((void)hcsim::report::phrase_table("no_such_table"), std::logic_error);
}

} // namespace words_catalogue

namespace field_labels {

// A field's Swedish label is built from its parts (scenario::FieldPath) and each key's label
// from the schema; the English report shows the path as written.
TEST(FieldLabel, EachKindOfFieldIsNamedInSwedishFromItsParts) {
    const auto folder = hcsim::report::read_compare_folder(fixture);
    const auto sv = [&](const std::string& field) {
        return hcsim::report::field_label(folder, field, hcsim::report::Language::sv);
    };
    EXPECT_EQ(sv("discount_rate"), "Diskonteringsränta");
    EXPECT_EQ(sv("arrivals[0].per_year.family_with_children"),
              "Nya hushåll, inflöde 1: hushåll per år (barnfamiljer)");
    EXPECT_EQ(sv("groups.adult.children"), "Vuxna: barn per hushåll");
    EXPECT_EQ(sv("exits.at_risk[2].p.family_with_children"),
              "Hotad av vräkning, utgång 3: sannolikhet (barnfamiljer)");
    EXPECT_EQ(sv("exits.at_risk[0].delay.mean_days"),
              "Hotad av vräkning, utgång 1: genomsnittlig tid till flytt (dagar)");
    // support_days is a delay, but the length of support: the report's own words say so.
    const std::string support = sv("options.guide.staff.guide.support_days.mean_days");
    EXPECT_TRUE(support.ends_with(": stödets genomsnittliga längd (dagar)")) << support;
    const std::string effect = sv("options.guide.staff.guide.effects[1].relative_risk");
    EXPECT_TRUE(effect.ends_with(": effekt 2, relativ risk")) << effect;
    EXPECT_EQ(hcsim::report::field_label(folder, "exits.at_risk[2].p", hcsim::report::Language::en),
              "exits.at_risk[2].p");
}

} // namespace field_labels
