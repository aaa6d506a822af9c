// The output-path rule (report/output_paths.hpp) and CSV fields (csv_field): which paths may be
// written, that a staged folder replaces the old one whole or not at all, and that every text
// survives the trip through a CSV cell.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/output_paths.hpp"
#include "hcsim/report/writers.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using namespace hcsim::report;

class Scratch {
public:
    Scratch()
        : path_(fs::temp_directory_path() /
                ("hcsim_output_paths_" + std::to_string(std::random_device{}()))) {
        fs::create_directories(path_);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    [[nodiscard]] fs::path operator/(const std::string& name) const { return path_ / name; }
    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void write(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

std::string read(const fs::path& file) {
    // Read by size, not through istreambuf_iterator (GCC 12 warns of a null dereference there).
    std::string text(static_cast<std::size_t>(fs::file_size(file)), '\0');
    std::ifstream(file, std::ios::binary)
        .read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

std::vector<std::string> names_in(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

const FileList results{{"summary.csv", "option,metric,unit,mean,ci_low,ci_high\n"}};

TEST(OutputFolder, NewFolderAndParentsAreWritten) {
    const Scratch dir;
    write_folder_atomically(dir / "a/b/out", results);
    EXPECT_EQ(names_in(dir / "a/b/out"),
              (std::vector<std::string>{".hcsim-output", "summary.csv"}));
    EXPECT_EQ(names_in(dir / "a/b"), std::vector<std::string>{"out"}); // no staging left
}

TEST(OutputFolder, ItsOwnFolderIsReplacedWhole) {
    const Scratch dir;
    write_folder_atomically(dir / "out", {{"summary.csv", "option,metric,unit\n"},
                                          {"report.html", "<html>old</html>"}});
    write_folder_atomically(dir / "out", {{"summary.csv", "option,metric,unit,new\n"}});
    EXPECT_EQ(names_in(dir / "out"), (std::vector<std::string>{".hcsim-output", "summary.csv"}));
    EXPECT_EQ(read(dir / "out/summary.csv"), "option,metric,unit,new\n");
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out"});
}

TEST(OutputFolder, InputsAndFoldersHoldingThemAreRefused) {
    const Scratch dir;
    write(dir / "sc/base/b.yaml", "name: b\n");
    write(dir / "sc/s.yaml", "extends: base/b.yaml\n");
    const std::vector<fs::path> inputs{dir / "sc/s.yaml", dir / "sc/base/../base/b.yaml"};
    EXPECT_THROW(check_output_folder(dir / "sc/s.yaml", inputs), OutputPathError);
    EXPECT_THROW(check_output_folder(dir / "sc", inputs), OutputPathError);
    EXPECT_THROW(check_output_folder(dir / "sc/base", inputs), OutputPathError);
    EXPECT_THROW(check_output_folder(dir / "sc/base/", inputs), OutputPathError);
    EXPECT_NO_THROW(check_output_folder(dir / "sc/results", inputs));
    EXPECT_EQ(read(dir / "sc/s.yaml"), "extends: base/b.yaml\n");
}

TEST(OutputFolder, SomeoneElsesPathsAreRefusedAndKept) {
    const Scratch dir;
    write(dir / "notes.txt", "meeting notes");
    write(dir / "docs/letter.txt", "dear");
    write(dir / "mixed/summary.csv", "option,metric,unit\n");
    write(dir / "mixed/photo.jpg", "JPEG");
    write(dir / "fake/summary.csv", "name,amount\n");
    fs::create_directories(dir / "hidden/.git");
    for (const char* name : {"notes.txt", "docs", "mixed", "fake", "hidden", "."}) {
        EXPECT_THROW(write_folder_atomically(dir / name, results), OutputPathError) << name;
    }
    EXPECT_EQ(read(dir / "notes.txt"), "meeting notes");
    EXPECT_EQ(read(dir / "docs/letter.txt"), "dear");
    EXPECT_EQ(read(dir / "mixed/photo.jpg"), "JPEG");
    EXPECT_EQ(read(dir / "fake/summary.csv"), "name,amount\n");
}

TEST(OutputFolder, FoldersFromBeforeTheMarkerAreHcsims) {
    // What the committed results/ folders hold: hcsim's CSVs and nothing else.
    const Scratch dir;
    write(dir / "old/summary.csv", "option,metric,unit,mean,ci_low,ci_high\n");
    write(dir / "old/differences.csv", "\xEF\xBB\xBFoption,baseline,metric,unit\n");
    EXPECT_NO_THROW(check_output_folder(dir / "old", {}));
    write(dir / "psa/tornado.csv", "option,rank,field,label\n");
    EXPECT_NO_THROW(check_output_folder(dir / "psa", {}));
    fs::create_directories(dir / "empty");
    EXPECT_NO_THROW(check_output_folder(dir / "empty", {}));
}

TEST(OutputFolder, AFailedStagingLeavesNothing) {
    const Scratch dir;
    write_folder_atomically(dir / "out", results);
    const std::string before = read(dir / "out/summary.csv");
    {
        StagedFolder staged(dir / "out", {{"summary.csv", "option,metric,unit,new\n"}}, {});
        // not committed: an exception, a failed report, an early return
    }
    EXPECT_EQ(read(dir / "out/summary.csv"), before);
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out"});
}

TEST(OutputFolder, LeftoversOfDeadProcessesAreCleanedAndAStrandedFolderRestored) {
    const Scratch dir;
    write_folder_atomically(dir / "out", results);
    // A crash inside the fallback swap: the old folder set aside, the new one never moved in.
    // PID 2^22 + 1 is above the kernel's default pid_max, so no process has it.
    fs::rename(dir / "out", dir / ".out.old-4194305-1");
    fs::create_directories(dir / ".out.tmp-4194305-2");
    recover_stranded_folders(dir / "out");
    EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"out"});
    EXPECT_EQ(read(dir / "out/summary.csv"), results[0].second);
}

TEST(OutputFile, NewOrItsOwnFileOnly) {
    const Scratch dir;
    write(dir / "notes.txt", "notes");
    write(dir / "trace.csv", "time,household,group,event,from,to\n1,2,3,4,5,6\n");
    fs::create_directories(dir / "folder");
    EXPECT_THROW(check_output_file(dir / "notes.txt", {}, "time,household", "--trace"),
                 OutputPathError);
    EXPECT_THROW(check_output_file(dir / "folder", {}, "time,household", "--trace"),
                 OutputPathError);
    EXPECT_THROW(check_output_file(dir / "s.yaml", {dir / "s.yaml"}, "", "--trace"),
                 OutputPathError);
    EXPECT_NO_THROW(check_output_file(dir / "trace.csv", {}, "time,household", "--trace"));
    EXPECT_NO_THROW(check_output_file(dir / "new.csv", {}, "time,household", "--trace"));
}

TEST(OutputFile, StagedFileAppearsOnlyOnCommit) {
    const Scratch dir;
    {
        StagedFile staged(dir / "t/new.csv", "x\n", {}, "x", "--trace");
        EXPECT_TRUE(fs::exists(staged.staging()));
        EXPECT_FALSE(fs::exists(dir / "t/new.csv"));
    }
    EXPECT_FALSE(fs::exists(dir / "t")); // the parent it made is gone again
    StagedFile staged(dir / "t/new.csv", "x\n", {}, "x", "--trace");
    staged.commit();
    EXPECT_EQ(read(dir / "t/new.csv"), "x\n");
    EXPECT_EQ(names_in(dir / "t"), std::vector<std::string>{"new.csv"});
}

TEST(WriteBytes, FailureNamesTheFileAndTheReason) {
    try {
        write_bytes("/proc/nope/x.csv", "x");
        FAIL() << "no error";
    } catch (const OutputWriteError& e) {
        EXPECT_NE(std::string(e.what()).find("/proc/nope/x.csv"), std::string::npos) << e.what();
    }
}

// ---------------------------------------------------------------------------------------------
// CSV fields

TEST(CsvField, QuotesAndGuardsFormulaText) {
    EXPECT_EQ(csv_field("guide"), "guide");
    EXPECT_EQ(csv_field("guide, 2 FTE"), "\"guide, 2 FTE\"");
    EXPECT_EQ(csv_field("say \"hi\"\nbye"), "\"say \"\"hi\"\"\nbye\"");
    EXPECT_EQ(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(csv_field("+plus"), "'+plus");
    EXPECT_EQ(csv_field("-minus"), "'-minus");
    EXPECT_EQ(csv_field("@sum"), "'@sum");
    EXPECT_EQ(csv_field("\tx"), "'\tx");
    EXPECT_EQ(csv_field("\rx"), "\"'\rx\"");
}

TEST(CsvField, NumbersStayNumbers) {
    for (const char* number : {"-3.5", "-0.0001", "+2", "-1e5", "12"}) {
        EXPECT_EQ(csv_field(number), number);
    }
    EXPECT_EQ(csv_field("-inf"), "'-inf");
    EXPECT_EQ(csv_field("-"), "'-");
}

TEST(CsvField, EveryTextReadsBackAsWritten) {
    for (const std::string text :
         {"=1+1", "'=1+1", "''=x", "'plain", "'", "-3", "- item", "a,b", "\"q\"", "@", ""}) {
        const CsvTable table("t.csv", "h\n" + csv_field(text) + "\n");
        ASSERT_EQ(table.rows(), text.empty() ? 0U : 1U) << text;
        if (!text.empty()) {
            EXPECT_EQ(table.text(0, "h"), text);
        }
    }
}

TEST(CsvTable, ByteOrderMarkIsSkipped) {
    const CsvTable table("t.csv", "\xEF\xBB\xBFoption,mean\r\nx,1.5\r\n");
    EXPECT_TRUE(table.has_column("option"));
    EXPECT_EQ(table.number(0, "mean"), 1.5);
}

// A file the compare folder writes but the folder check does not know would make the next run
// refuse the folder as someone else's (contributions.csv once did).
TEST(OutputFolder, EveryCompareFileIsKnownToTheFolderCheck) {
    const auto& known = known_output_files();
    for (const auto& file : compare_folder_files()) {
        EXPECT_NE(std::find(known.begin(), known.end(), file.name), known.end()) << file.name;
    }
}

} // namespace
