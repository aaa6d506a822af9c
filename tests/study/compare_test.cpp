// The compare study: its in-memory result and the one read back from the folder it writes are
// the same value, so the report has one way in; and its bad input is refused by kind.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/writers.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/decisions.hpp"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <random>

using namespace hcsim;
namespace fs = std::filesystem;

namespace {

const std::string norrmalm = HCSIM_SOURCE_DIR "/scenarios/norrmalm-2018-bolots.yaml";

class TemporaryFolder {
public:
    TemporaryFolder()
        : path_(fs::temp_directory_path() /
                ("hcsim-study-" + std::to_string(std::random_device{}()))) {}
    ~TemporaryFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

analysis::RunSettings small_run(const analysis::TaskExecutor& executor) {
    analysis::RunSettings settings;
    settings.replications = 4;
    settings.seed = 20180101;
    settings.executor = &executor;
    return settings;
}

TEST(CompareStudy, ReadingTheFolderBackGivesTheSameResult) {
    const auto s =
        scenario::load_scenario(norrmalm, {{"options.bolots_project_year.staff.bolots.fte", 2.0}});
    const analysis::ThreadExecutor threads(2);
    const TemporaryFolder out;
    const auto result = study::compare(s, small_run(threads), {{}, "", out.path() / "run", true});
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(result->validation.empty()); // the scenario has a validation: section
    const auto files = report::compare_files(*result);
    report::write_folder_atomically(result->path, files);
    const auto read_back = report::read_compare_folder(result->path);

    // Every file made again from what was read back is the file written: the reader drops
    // nothing the files carry (the --set override included). The write-only tables are made
    // from nothing then.
    std::vector<std::pair<std::string, std::string>> read_back_files;
    for (const auto& file : report::compare_folder_files()) {
        const auto written = std::find_if(files.begin(), files.end(),
                                          [&](const auto& f) { return f.first == file.name; });
        if (!file.read_back) {
            EXPECT_NE(written, files.end()) << file.name << " was not written";
        } else if (written != files.end()) {
            read_back_files.push_back(*written);
        }
    }
    auto again = report::compare_files(read_back);
    std::erase_if(again, [&](const auto& f) {
        return std::find_if(read_back_files.begin(), read_back_files.end(), [&](const auto& w) {
                   return w.first == f.first;
               }) == read_back_files.end();
    });
    EXPECT_EQ(again, read_back_files);
    ASSERT_EQ(read_back.manifest.overrides.size(), 1U);
    // The report made from the result as computed equals the one made from its folder.
    for (const auto language : {report::Language::sv, report::Language::en}) {
        EXPECT_EQ(report::html_report(study::published(*result), language),
                  report::html_report(read_back, language));
    }
}

TEST(CompareStudy, PublishedRoundsAsTheCsvPrints) {
    EXPECT_EQ(study::published(1.23456), 1.2346);
    EXPECT_EQ(study::published(-0.00001), 0.0);
    EXPECT_FALSE(std::signbit(study::published(-0.00001)));
    EXPECT_TRUE(std::isnan(study::published(std::nan(""))));
    // Taking a published value as published again changes nothing.
    EXPECT_EQ(study::published(study::published(2.00005)), study::published(2.00005));
}

TEST(CompareStudy, RefusesAnUnknownBaselineAsBadInputNamingTheFile) {
    const auto s = scenario::load_scenario(norrmalm);
    const analysis::ThreadExecutor threads(1);
    try {
        (void)study::compare(s, small_run(threads), {{}, "nobody", {}, false});
        FAIL() << "an unknown baseline was accepted";
    } catch (const BadInput& e) {
        EXPECT_EQ(e.where(), norrmalm);
        EXPECT_NE(std::string(e.what()).find("no option 'nobody'"), std::string::npos);
    }
}

TEST(CompareStudy, TheEventBudgetIsBadInputNamingTheFile) {
    scenario::Limits limits;
    limits.events = 10;
    const auto s = scenario::load_scenario(norrmalm, {}, limits);
    const analysis::ThreadExecutor threads(2);
    try {
        (void)study::compare(s, small_run(threads), {});
        FAIL() << "the event budget did not stop the run";
    } catch (const BadInput& e) {
        EXPECT_EQ(e.kind(), ErrorKind::bad_input);
        EXPECT_EQ(e.where(), norrmalm);
        EXPECT_NE(std::string(e.what()).find("--limit events"), std::string::npos);
    }
}

TEST(SweepStudy, RefusesBadAxesBeforeAnyRun) {
    const auto s = scenario::load_scenario(norrmalm);
    EXPECT_THROW((void)study::sweep_axes(s, {{"bolots"}, {}, {}, {}}), BadInput);
    EXPECT_THROW((void)study::sweep_axes(s, {{"bolots"}, {"0:x:1"}, {}, {}}), BadInput);
    EXPECT_THROW((void)study::sweep_axes(s, {{"nobody"}, {"0:1:1"}, {}, {}}), BadInput);
    EXPECT_THROW((void)study::sweep_axes(s, {{"bolots"}, {"0:1:1"}, {"no_option"}, {}}), BadInput);
    const auto axes = study::sweep_axes(s, {{"bolots"}, {"0:1:0.5"}, {"bolots_project_year"}, {}});
    ASSERT_EQ(axes.size(), 1U);
    EXPECT_EQ(axes[0].fte, (std::vector<double>{0.0, 0.5, 1.0}));
    EXPECT_EQ(axes[0].fields,
              (std::vector<std::string>{"options.bolots_project_year.staff.bolots.fte"}));
}

TEST(PsaStudy, TakesEveryUncertainNumberAndEveryStaffEffect) {
    const auto s = scenario::load_scenario(norrmalm);
    std::size_t uncertain = 0;
    std::size_t effects = 0;
    for (const auto& site : s.parameters) {
        uncertain += site.uncertainty ? 1 : 0;
        effects += site.field.find(".effects[") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(study::uncertain_inputs(s).size(), uncertain);
    EXPECT_EQ(study::effect_fields(s).size(), effects);
    EXPECT_EQ(study::readable_label(s, "options.bolots_project_year.staff.bolots.fte"),
              "bolots fte");
}

} // namespace
