// The report layer: Swedish and English number formatting, reading a compare folder back,
// the summary text, the HTML page and the workbook. Expected texts are written out from the
// fixture's numbers (tests/report/fixture), not copied from the program's output.
#include "hcsim/analysis/budget.hpp"
#include "hcsim/analysis/experiment.hpp"
#include "hcsim/model/ledger.hpp"
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/format.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/text.hpp"
#include "hcsim/report/workbook.hpp"
#include "report_fixture.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <sstream>

namespace {

using namespace hcsim;
using namespace hcsim::test::report_fixture;

TEST(SwedishNumbers, NoBreakSpaceBetweenThousandsAndBeforeTheUnitDecimalComma) {
    EXPECT_EQ(report::format_number(1234.5, 1, Language::sv), "1" + nbsp + "234,5");
    EXPECT_EQ(report::format_number(1234567.0, 0, Language::sv), "1" + nbsp + "234" + nbsp + "567");
    EXPECT_EQ(report::format_number(999.0, 0, Language::sv), "999");
    EXPECT_EQ(report::format_quantity(12.5, "tkr", Language::sv), "12,5" + nbsp + "tkr");
    EXPECT_EQ(report::format_quantity(2345.0, "households", Language::sv),
              "2" + nbsp + "345" + nbsp + "hushåll");
    EXPECT_EQ(report::format_quantity(-1752.96, "tkr", Language::sv),
              minus + "1" + nbsp + "753" + nbsp + "tkr");
}

TEST(SwedishNumbers, NegativeZeroAndUndefined) {
    EXPECT_EQ(report::format_number(-0.001, 2, Language::sv), "0,00");
    EXPECT_EQ(report::format_number(-4.64, 2, Language::sv), minus + "4,64");
    EXPECT_EQ(report::format_number(NAN, 2, Language::sv), "–");
}

TEST(EnglishNumbers, CommaThousandsDecimalPoint) {
    EXPECT_EQ(report::format_number(1234.5, 1, Language::en), "1,234.5");
    EXPECT_EQ(report::format_number(-4.64, 2, Language::en), "-4.64");
    EXPECT_EQ(report::format_quantity(1234567.0, "tkr", Language::en), "1,234,567" + nbsp + "tkr");
}

TEST(Intervals, DifferenceHasSignUnitAndInterval) {
    EXPECT_EQ(report::format_difference(2.59, 2.1433, 3.0367, "households", Language::sv),
              "+2,59" + nbsp + "hushåll (95" + nbsp + "%" + nbsp + "KI 2,14 till 3,04)");
    EXPECT_EQ(report::format_difference(-4.64, -4.9418, -4.3382, "", Language::en),
              "-4.64 (95% CI -4.94 to -4.34)");
}

TEST(Text, KnownNamesTranslatedUnknownNamesReadable) {
    EXPECT_EQ(report::state_label("shelter", Language::sv), "Härbärge");
    EXPECT_EQ(report::state_label("shelter", Language::en), "Shelter");
    EXPECT_EQ(report::state_label("new_state_kind", Language::sv), "new state kind");
    EXPECT_EQ(report::staff_line_label("bolots", 0.5, Language::sv),
              "Lönekostnad för 0,5 årsarbetare bolots");
    EXPECT_THROW((void)report::text("no_such_phrase", Language::sv), std::out_of_range);
}

TEST(CompareFolder, ReadsEveryFileIncludingQuotedFields) {
    const auto folder = report::read_compare_folder(fixture);
    EXPECT_EQ(folder.options(), (std::vector<std::string>{"do_nothing", "guide"}));
    EXPECT_EQ(folder.summary.size(), 10U);
    EXPECT_TRUE(std::isnan(folder.find_summary("do_nothing", "staff_utilisation")->ci.mean));
    EXPECT_DOUBLE_EQ(folder.find_difference("guide", "evictions")->ci.low, -4.9418);
    EXPECT_EQ(folder.years(), 2U);
    EXPECT_EQ(folder.months(), 2U);
    ASSERT_EQ(folder.budget.size(), 3U);
    EXPECT_EQ(folder.budget[0].source, "seed 000: 1,0 socionom, 650 tkr");
    ASSERT_TRUE(folder.assumptions.has_value());
    ASSERT_EQ(folder.assumptions->size(), 3U);
    EXPECT_EQ((*folder.assumptions)[1].uncertainty, "lognormal(median 0.6, p95 0.85)");
    EXPECT_EQ((*folder.assumptions)[2].source, "total 140: seed 004, \"split\" <assumption>");
    EXPECT_EQ((*folder.assumptions)[2].calibrate_min, 10.0);
    EXPECT_FALSE((*folder.assumptions)[0].calibrate_min.has_value());
    EXPECT_EQ((*folder.assumptions)[2].line, 30);
    ASSERT_EQ(folder.validation.size(), 2U);
    EXPECT_EQ(folder.validation[1].target, "in_shelter_month_12");
    EXPECT_EQ(folder.validation[1].quantity, "stock");
    EXPECT_EQ(folder.validation[1].first_month, 12U);
    EXPECT_DOUBLE_EQ(folder.validation[0].model.low, 139.2426);
    EXPECT_DOUBLE_EQ(folder.validation[0].range_high, 161.025);
    EXPECT_TRUE(folder.validation[0].within_range);
    EXPECT_FALSE(folder.validation[1].within_range);
    EXPECT_EQ(folder.validation[1].source, "seed 000: 35 in \"shelter\" <December>");
    EXPECT_EQ(folder.validation[0].title, "Vräkningshot år 1");
    EXPECT_EQ(folder.validation[1].title, "") << "no title: the report shows the name";
}

TEST(CompareFolder, MissingOrMalformedFilesNameTheFile) {
    const FixtureCopy copy;
    fs::remove(copy.path() / "assumptions.csv");
    EXPECT_FALSE(report::read_compare_folder(copy.path()).assumptions.has_value());
    std::ofstream(copy.path() / "transitions.csv") << "option,from,to,mean_moves\nguide,a,b\n";
    try {
        (void)report::read_compare_folder(copy.path());
        FAIL() << "a short record was accepted";
    } catch (const report::ReportInputError& e) {
        EXPECT_TRUE(contains(e.what(), "transitions.csv:2:")) << e.what();
    }
    fs::copy_file(fixture / "transitions.csv", copy.path() / "transitions.csv",
                  fs::copy_options::overwrite_existing);
    std::ofstream(copy.path() / "validation.csv", std::ios::app)
        << "third,independent,stock,1,1,1,1,1,1,1,1,0,maybe,x,\n";
    try {
        (void)report::read_compare_folder(copy.path());
        FAIL() << "within_range 'maybe' was accepted";
    } catch (const report::ReportInputError& e) {
        EXPECT_TRUE(contains(e.what(), "validation.csv:4: error: within_range")) << e.what();
    }
    const auto expect_error = [&](const std::string& row, const std::string& part) {
        std::ofstream(copy.path() / "validation.csv")
            << "target,kind,quantity,first_month,last_month,observed,model_mean,mean_ci_low,"
               "mean_ci_high,range_low,range_high,difference,within_range,source,title\n"
            << row << "\n";
        try {
            (void)report::read_compare_folder(copy.path());
            ADD_FAILURE() << row << " was accepted";
        } catch (const report::ReportInputError& e) {
            EXPECT_TRUE(contains(e.what(), part)) << e.what();
        }
    };
    expect_error("a,independent,stock,12,1,1,1,1,1,1,1,0,yes,x,",
                 "validation.csv:2: error: last_month");
    expect_error("a,independent,stock,1e30,1,1,1,1,1,1,1,0,yes,x,",
                 "validation.csv:2: error: first_month");
    expect_error("a,independent,stock,0,1,1,1,1,1,1,1,0,yes,x,",
                 "validation.csv:2: error: first_month");
    expect_error("a,acute,stock,1,1,1,1,1,1,1,1,0,yes,x,", "validation.csv:2: error: kind");
    fs::remove(copy.path() / "validation.csv");
    EXPECT_TRUE(report::read_compare_folder(copy.path()).validation.empty());
    fs::remove(copy.path() / "summary.csv");
    try {
        (void)report::read_compare_folder(copy.path());
        FAIL() << "a folder without summary.csv was accepted";
    } catch (const report::ReportInputError& e) {
        EXPECT_TRUE(contains(e.what(), "summary.csv")) << e.what();
    }
}

TEST(Summary, SwedishParagraphStatesCostsEffectsAndWhatTheyRestOn) {
    const auto folder = report::read_compare_folder(fixture);
    const auto paragraphs = report::summary_paragraphs(folder, Language::sv);
    // The headline of the option (its funds), the option's costs and effects, then what the
    // figures rest on (here: no PSA in the folder) and the method.
    ASSERT_EQ(paragraphs.size(), 4U);
    EXPECT_TRUE(
        contains(paragraphs[0], "1" + nbsp + "235" + nbsp + "tkr ur stadsdelens egen budget"))
        << paragraphs[0];
    const std::string& p = paragraphs[1];
    EXPECT_TRUE(contains(p, "650" + nbsp + "tkr år 1 och 585" + nbsp + "tkr år 2")) << p;
    EXPECT_TRUE(contains(p, "totalt 1" + nbsp + "235" + nbsp + "tkr")) << p;
    EXPECT_TRUE(contains(p, "nollalternativet (nuvarande arbetssätt)")) << p;
    // The simulation's interval stays in the detail tables: the summary gives the mean.
    EXPECT_TRUE(contains(p, "vräkningar " + minus + "4,64;")) << p;
    EXPECT_TRUE(contains(p, "nätter på härbärge " + minus + "668")) << p;
    EXPECT_TRUE(contains(p, "flyttar till eget kontrakt +2,59")) << p;
    EXPECT_TRUE(contains(p, minus + "1" + nbsp + "753" + nbsp + "tkr.")) << p;
    EXPECT_FALSE(contains(p, "KI")) << p;
    EXPECT_FALSE(contains(p, "hotell")) << "the fixture has no hotel nights";
    EXPECT_TRUE(contains(paragraphs[2], "har inte beräknats")) << paragraphs[2];
    EXPECT_TRUE(contains(paragraphs[3], "50 simuleringar")) << paragraphs[3];
    // Only the independent figure of the two counts as a test of the model.
    EXPECT_TRUE(contains(paragraphs[3], "prövats mot 1 observerad siffra i stadsdelen som den inte "
                                        "byggts av; den ligger utanför modellens spann"))
        << paragraphs[3];
    for (const auto& paragraph : paragraphs) {
        EXPECT_FALSE(contains(paragraph, "säkerställd")) << paragraph;
    }
}

TEST(Summary, EnglishParagraph) {
    const auto folder = report::read_compare_folder(fixture);
    const auto p = report::summary_paragraphs(folder, Language::en)[1];
    EXPECT_TRUE(contains(p, "evictions -4.64;")) << p;
    EXPECT_TRUE(contains(p, "the baseline (usual care)")) << p;
}

TEST(Summary, LeadsWithTheAssumptionsUncertaintyNamingPerspectives) {
    // A compare folder with its own quick PSA (as compare --report writes it).
    const FixtureCopy copy;
    std::ofstream(copy.path() / "psa_status.csv")
        << "status,draws,replications,one_way_replications,seed,uncertain_parameters,"
           "horizon_years,shared_streams\nran,100,50,50,1,17,3,1\n";
    std::string header =
        "option,perspective,baseline,draws,delta_cost_mean_tkr,delta_cost_p05_tkr,"
        "delta_cost_median_tkr,delta_cost_p95_tkr,evictions_prevented_mean,"
        "evictions_prevented_p05,evictions_prevented_median,evictions_prevented_p95,"
        "more_to_own_lease_mean,more_to_own_lease_p05,more_to_own_lease_median,"
        "more_to_own_lease_p95,probability_saves_money,probability_prevents_an_eviction,"
        "nominal_delta_cost_tkr,nominal_evictions_prevented,mc_se_delta_cost_mean_tkr,"
        "mc_se_delta_cost_p05_tkr,mc_se_delta_cost_median_tkr,mc_se_delta_cost_p95_tkr,"
        "mc_se_evictions_prevented_median,mc_se_evictions_prevented_p05,"
        "mc_se_evictions_prevented_p95,mc_se_probability_saves_money,"
        "mc_se_probability_prevents_an_eviction,inner_se_delta_cost_tkr\n";
    std::ofstream(copy.path() / "psa_summary.csv")
        << header
        << "guide,city,do_nothing,100,-700,-1500,-650,20,4,0.8,3.9,6,1,0,1,2,0.94,0.93,-690,4,"
           "40,60,45,50,0.2,0.1,0.3,0.024,0.026,230\n"
        << "guide,society,do_nothing,100,-800,-1600,-760,-10,4,0.8,3.9,6,1,0,1,2,0.96,0.93,-790,"
           "4,40,60,45,50,0.2,0.1,0.3,0.02,0.026,230\n";
    std::ofstream(copy.path() / "break_even.csv")
        << "option,perspective,effect_multiplier_break_even,multiplier_searched_up_to,"
           "nominal_delta_cost_tkr,nominal_evictions_prevented,break_even_evictions_prevented,"
           "half_effect_delta_cost_tkr,half_effect_evictions_prevented\n"
        << "guide,city,0.47,2.5,-690,4,2.3,-34,2.3\n"
        << "guide,society,0.38,2.5,-790,4,1.9,-105,2.3\n";
    const auto folder = report::read_compare_folder(copy.path());
    const auto paragraphs = report::summary_paragraphs(folder, Language::sv);
    ASSERT_EQ(paragraphs.size(), 4U);
    const std::string& p = paragraphs[0];
    const std::string pct = nbsp + "%";
    EXPECT_TRUE(contains(p, "betalar sig för staden (stadsdelen och stadens centrala medel) om "
                            "personalen når minst 47" +
                                pct + " av de antagna effekterna"))
        << p;
    EXPECT_TRUE(contains(p, "för samhället (alla betalare) räcker 38" + pct)) << p;
    EXPECT_TRUE(contains(p, "sannolikheten 94" + pct +
                                " (±2) att staden sparar pengar (för "
                                "samhället: 96" +
                                pct + " (±2))"))
        << p;
    EXPECT_TRUE(contains(p, "och 93" + pct + " (±3) att minst en vräkning förhindras")) << p;
    EXPECT_TRUE(contains(p, "median 3,9 (5:e–95:e percentilen 0,8 till 6,0)")) << p;
    EXPECT_TRUE(contains(p, "för staden: median " + minus + "650" + nbsp + "tkr (" + minus + "1" +
                                nbsp + "500" + nbsp + "tkr till +20" + nbsp + "tkr)"))
        << p;
    EXPECT_TRUE(contains(p, "hälften så stor som antaget: 2,3 förhindrade vräkningar och en "
                            "kostnadsskillnad för staden på " +
                                minus + "34" + nbsp + "tkr"))
        << p;
    EXPECT_TRUE(contains(paragraphs[2], "100 dragningar")) << paragraphs[2];
    EXPECT_TRUE(contains(paragraphs[2], "17 osäkra antaganden")) << paragraphs[2];
    EXPECT_TRUE(contains(paragraphs[2], "50 simuleringar per dragning")) << paragraphs[2];
    EXPECT_TRUE(contains(paragraphs[2], "±230" + nbsp + "tkr")) << paragraphs[2];
}

TEST(Summary, SaysWhenNothingIsUncertain) {
    const FixtureCopy copy;
    std::ofstream(copy.path() / "psa_status.csv")
        << "status,draws,replications,one_way_replications,seed,uncertain_parameters,"
           "horizon_years,shared_streams\nnothing_uncertain,0,50,50,1,0,3,1\n";
    const auto folder = report::read_compare_folder(copy.path());
    const auto paragraphs = report::summary_paragraphs(folder, Language::sv);
    ASSERT_EQ(paragraphs.size(), 4U);
    EXPECT_TRUE(contains(paragraphs[2], "Inga antaganden i scenariot har en fördelning"))
        << paragraphs[2];
    EXPECT_FALSE(contains(paragraphs[0], "sannolikheten")) << paragraphs[0];
}

TEST(OwnCosts, FromYearlyWhenBudgetIsAbsent) {
    const FixtureCopy copy;
    fs::remove(copy.path() / "budget.csv");
    const auto folder = report::read_compare_folder(copy.path());
    EXPECT_EQ(report::own_costs_by_year(folder, "guide"), (std::vector<double>{650.0, 584.7}));
}

TEST(Html, SelfContainedPageWithEverySection) {
    const auto folder = report::read_compare_folder(fixture);
    const std::string page = report::html_report(folder, Language::sv);
    EXPECT_TRUE(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    EXPECT_TRUE(contains(page, "<h1>Fixture &lt;district&gt; &amp; co</h1>"));
    for (const std::string id : {"summary", "budget", "costs", "outcomes", "differences",
                                 "timeseries", "flows", "validation", "assumptions", "manifest"}) {
        EXPECT_TRUE(contains(page, "<section id=\"" + id + "\">")) << id;
    }
    for (const std::string chart :
         {"costs", "outcome-evictions", "outcome-shelter_nights", "difference-evictions",
          "difference-cost_total_tkr", "monthly-shelter", "flows-do_nothing", "flows-guide"}) {
        EXPECT_TRUE(contains(page, "data-chart=\"" + chart + "\"")) << chart;
        EXPECT_TRUE(contains(page, "\"" + chart + "\":{")) << chart << " has no data";
    }
    // Nothing is fetched: no external scripts, styles, images or fonts in the markup (the
    // inline scripts' own strings, such as ECharts' save-as-image template, are not markup).
    std::string markup;
    for (std::size_t at = 0; at < page.size();) {
        const auto open = page.find("<script", at);
        markup += page.substr(at, open == std::string::npos ? std::string::npos : open - at);
        if (open == std::string::npos) {
            break;
        }
        const auto tag_end = page.find('>', open);
        markup += page.substr(open, tag_end + 1 - open);
        at = page.find("</script>", tag_end);
    }
    EXPECT_FALSE(contains(markup, "src="));
    EXPECT_FALSE(contains(markup, "<link"));
    EXPECT_FALSE(contains(markup, "<img"));
    EXPECT_FALSE(contains(markup, "@import"));
    EXPECT_FALSE(contains(markup, "url("));
    // Three inline scripts (data, ECharts, chart set-up), none closed early.
    std::size_t closes = 0;
    for (auto at = page.find("</script>"); at != std::string::npos;
         at = page.find("</script>", at + 1)) {
        ++closes;
    }
    EXPECT_EQ(closes, 3U);
    EXPECT_TRUE(contains(page, "echarts"));
    // The budget table in the application's form, and sources escaped.
    EXPECT_TRUE(contains(page, "Lönekostnad för 1,0 årsarbetare housing guide"));
    EXPECT_TRUE(contains(page, "seed 000: 1,0 socionom, 650 tkr"));
    EXPECT_TRUE(contains(page, "<td class=\"num\">1" + nbsp + "235</td>"));
    EXPECT_TRUE(contains(page, "total 140: seed 004, &quot;split&quot; &lt;assumption&gt;"));
    EXPECT_TRUE(contains(page, "lognormalfördelning (median 0,6; 95:e percentil 0,85)"));
}

TEST(Html, EnglishAndMissingAssumptions) {
    const FixtureCopy copy;
    fs::remove(copy.path() / "assumptions.csv");
    const auto folder = report::read_compare_folder(copy.path());
    const std::string page = report::html_report(folder, Language::en);
    EXPECT_TRUE(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    EXPECT_TRUE(contains(page, std::string(report::text("assumptions_missing", Language::en))));
    EXPECT_TRUE(contains(page, "Salary cost of 1.0 FTE housing guide"));
}

TEST(Html, SectionsCanBeAdded) {
    const auto folder = report::read_compare_folder(fixture);
    auto sections = report::default_sections();
    sections.push_back([](const report::CompareFolder&, Language, report::Charts& charts) {
        return charts.figure("extra", "{\"kind\":\"bars\"}", "Extra");
    });
    const std::string page = report::html_report(folder, Language::sv, sections);
    EXPECT_TRUE(contains(page, "data-chart=\"extra\""));
    EXPECT_TRUE(contains(page, "\"extra\":{\"kind\":\"bars\"}"));
}

TEST(WriteReport, WritesPageAndWorkbookIntoTheFolder) {
    const FixtureCopy copy;
    const auto folder = report::read_compare_folder(copy.path());
    const auto written = report::write_report(folder, Language::sv);
    ASSERT_EQ(written.size(), 2U);
    std::ifstream xlsx(copy.path() / "results.xlsx", std::ios::binary);
    char magic[2] = {};
    xlsx.read(magic, 2);
    EXPECT_EQ(std::string(magic, 2), "PK"); // a zip container, as every .xlsx
    EXPECT_TRUE(fs::file_size(copy.path() / "report.html") > 100000U);
    for (const auto& entry : fs::directory_iterator(copy.path())) {
        EXPECT_FALSE(contains(entry.path().filename().string(), ".tmp")) << entry.path();
    }
}

// budget.csv is booked from the specification; the simulation books the same costs through
// its ledger. They must agree exactly (both are deterministic), year by year.
TEST(PlannedBudget, AgreesWithSimulatedStaffAndFixedCosts) {
    for (const std::string name :
         {"norrmalm-2018-bolots", "hasselby-vallingby-2008-team", "hagersten-liljeholmen-2017"}) {
        const auto s =
            scenario::load_scenario(std::string(HCSIM_SOURCE_DIR) + "/scenarios/" + name + ".yaml");
        analysis::RunSettings settings;
        settings.replications = 2;
        settings.seed = 3;
        const auto yearly = analysis::yearly(analysis::run_experiment(s, settings));
        const auto budget = analysis::planned_budget(s);
        ASSERT_FALSE(budget.empty()) << name;
        for (const auto& row : yearly) {
            if (row.metric != "cost_staff_tkr" && row.metric != "cost_fixed_tkr") {
                continue;
            }
            const auto category = row.metric == "cost_staff_tkr" ? analysis::BudgetCategory::staff
                                                                 : analysis::BudgetCategory::fixed;
            double planned = 0.0;
            for (const auto& line : budget) {
                if (line.option == row.option && line.year == row.year &&
                    line.category == category) {
                    planned += line.tkr;
                }
            }
            EXPECT_NEAR(planned, row.ci.mean, 1e-6 * (1.0 + std::abs(planned)))
                << name << " " << row.option << " year " << row.year << " " << row.metric;
        }
    }
}

} // namespace

// Sources as a reader looks them up: the scenario's `sources:` table (manifest citations)
// replaces each document it names; "assumption" reads "antagande"; a note naming no listed
// document is an assumption; English reports keep the text as written.
TEST(Citations, SwedishReferencesFromTheSourcesTable) {
    auto folder = report::read_compare_folder(fixture);
    EXPECT_EQ(report::cite(folder, "seed 003: Planeringsdag 40 tkr", Language::sv),
              "seed 003: Planeringsdag 40 tkr")
        << "without a sources table the text is shown as written";
    folder.manifest.citations = {{"seed 003", "Hässelby-Vällingbys ansökan 2008"},
                                 {"Boverket 2015:31", "Boverket, rapport 2015:31"},
                                 {"140,000/365", "Boverket, rapport 2015:31"},
                                 {"KPI", "SCB, konsumentprisindex"}};
    EXPECT_EQ(report::cite(folder, "seed 003: Planeringsdag 40 tkr", Language::sv),
              "Hässelby-Vällingbys ansökan 2008");
    EXPECT_EQ(report::cite(folder, "PARAMETERS.md 140,000/365 (Boverket 2015:31) x 0.9 (KPI)",
                           Language::sv),
              "Boverket, rapport 2015:31; SCB, konsumentprisindex");
    EXPECT_EQ(report::cite(folder, "assumption; seed 003: early outreach", Language::sv),
              "antagande; Hässelby-Vällingbys ansökan 2008");
    EXPECT_EQ(report::cite(folder, "as training_flat", Language::sv), "antagande");
    EXPECT_EQ(report::cite(folder, "", Language::sv), "antagande");
    EXPECT_EQ(report::cite(folder, "seed 003: Planeringsdag", Language::en),
              "seed 003: Planeringsdag");
}

// Budget years named as calendar years when the run had a start date, else "år 1".
TEST(Calendar, YearLabelsFollowTheStartDate) {
    auto folder = report::read_compare_folder(fixture);
    EXPECT_EQ(report::year_label(folder, 2, Language::sv), "år 2");
    folder.manifest.first_budget_year = 2008;
    folder.manifest.start_date = "2008-05-01";
    EXPECT_EQ(report::year_label(folder, 2, Language::sv), "2009");
    const std::string period = report::period_text(folder, Language::sv);
    EXPECT_TRUE(period.starts_with("maj 2008\u2013")) << period;
    const model::BudgetCalendar calendar = model::calendar_from_date(2008, 5, 1);
    EXPECT_EQ(calendar.year_of(0.0), 0U);
    EXPECT_EQ(calendar.year_of(8.0 * model::days_per_month - 0.5), 0U);
    EXPECT_EQ(calendar.year_of(8.0 * model::days_per_month + 0.5), 1U);
    EXPECT_EQ(calendar.years(3.0 * model::days_per_year), 4U);
    EXPECT_EQ(calendar.label(1), 2009);
    model::CostLedger ledger({{model::CostCategory::staff, "team"}}, 1, calendar, 4);
    ledger.add_spread(0, 0, 0.0, 20.0 * model::days_per_month, 1.0);
    EXPECT_NEAR(ledger.amount(0, 0, 0), 8.0 * model::days_per_month, 1e-9);
    EXPECT_NEAR(ledger.amount(0, 0, 1), 12.0 * model::days_per_month, 1e-9);
}
