#pragma once
// Where hcsim may write, and how. The rule for every output path (--out, --trace, --pdf, ...):
// hcsim writes only a path that is new or that hcsim itself wrote before, never an input file
// and never a folder holding one, and replaces it whole and atomically. A command checks its
// output paths before it runs (check_output_folder / check_output_file), stages everything
// it writes beside the targets (StagedFolder / StagedFile) and commits only when every output
// is complete, so a command that fails writes nothing. docs/reliability.md states the rule.
#include "hcsim/error.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hcsim::report {

// An output path hcsim must not write (an input, someone else's folder, a file where a
// folder belongs). The message names the path and what to do; the command exits 2.
class OutputPathError : public BadInput {
    using BadInput::BadInput;
};

// Writing failed for a reason outside hcsim: disk full, file size limit, permissions. The
// message says which file and why (strerror); the command exits 2, nothing is left behind.
class OutputWriteError : public BadInput {
public:
    explicit OutputWriteError(const std::string& message)
        : BadInput("cannot write the results: " + message +
                   "; nothing was written, earlier results were left as they were") {}
};

using FileList = std::vector<std::pair<std::string, std::string>>; // name -> content

// The marker file hcsim writes into every output folder: what makes a folder "hcsim's".
inline constexpr std::string_view output_marker = ".hcsim-output";

// Throws OutputPathError unless `folder` may receive results: it does not exist yet, or it
// is a folder that hcsim wrote (its marker, or, from versions before the marker, only files
// hcsim writes, with manifest.json or CSV headers of hcsim's). Never an input file or a folder
// holding one of `inputs`, never a file, a symbolic link, "." or "/".
void check_output_folder(const std::filesystem::path& folder,
                         const std::vector<std::filesystem::path>& inputs,
                         std::string_view option = "--out");

// Throws OutputPathError unless `file` may be written: it does not exist yet, or it is a
// regular file whose content starts with `signature` (how hcsim recognises its own trace,
// PDF, ...). Never one of `inputs`, never a folder.
void check_output_file(const std::filesystem::path& file,
                       const std::vector<std::filesystem::path>& inputs, std::string_view signature,
                       std::string_view option);

namespace detail {

// What a staged folder and a staged file share: the target, the staging path beside it, the
// parent folders created for it, and removing the last two unless committed.
class Staged {
public:
    Staged(const Staged&) = delete;
    Staged& operator=(const Staged&) = delete;
    Staged& operator=(Staged&&) = delete;

    [[nodiscard]] const std::filesystem::path& staging() const noexcept { return staging_; }
    [[nodiscard]] const std::filesystem::path& target() const noexcept { return target_; }

protected:
    explicit Staged(std::filesystem::path target) : target_(std::move(target)) {}
    Staged(Staged&& other) noexcept;
    ~Staged();

    std::filesystem::path target_;
    std::filesystem::path staging_;
    std::vector<std::filesystem::path> created_parents_; // removed again if never committed
    bool committed_ = false;
};

} // namespace detail

// A complete new folder under a hidden sibling name, put in place by commit(); removed if
// never committed (an exception, an early return). Commit swaps the folders in one step with
// renameat2(RENAME_EXCHANGE), so the name holds the old folder or the new one at every
// instant, then deletes the old one. Where the file system cannot exchange (EINVAL, ENOSYS)
// it falls back to two renames; a crash between them leaves the old folder under
// .NAME.old-PID-N, which the next write to NAME puts back (recover_stranded_folders).
class StagedFolder : public detail::Staged {
public:
    // Checks `folder` (check_output_folder), then writes `files` and the marker.
    StagedFolder(std::filesystem::path folder, const FileList& files,
                 const std::vector<std::filesystem::path>& inputs);
    StagedFolder(StagedFolder&& other) noexcept = default;
    ~StagedFolder() = default;

    // staging(): where the files are staged; more may be written there before commit() (a
    // report).
    void commit();

private:
    void write_staged(const std::string& name, std::string_view content) const;
};

// One file written under a temporary sibling name, renamed into place by commit().
class StagedFile : public detail::Staged {
public:
    StagedFile(std::filesystem::path file, const std::string& content,
               const std::vector<std::filesystem::path>& inputs, std::string_view signature,
               std::string_view option);
    StagedFile(StagedFile&& other) noexcept = default;
    ~StagedFile() = default;
    // staging(): the temporary file, complete; a command may read it back before commit().
    void commit();
};

// Writes `content` to `file` with open/write/fsync/close; OutputWriteError names the file and
// the system's reason (ENOSPC, EFBIG, EACCES...).
void write_bytes(const std::filesystem::path& file, std::string_view content);

// Removes what crashed hcsim runs left beside `folder` (staging folders of processes that no
// longer run) and puts back an old folder stranded by a crash inside the fallback swap.
void recover_stranded_folders(const std::filesystem::path& folder);

// The names of files hcsim writes into its output folders (every command), for the check
// of folders written before the marker existed.
[[nodiscard]] const std::vector<std::string_view>& known_output_files();

} // namespace hcsim::report
