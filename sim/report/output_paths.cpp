// The output-path rule (output_paths.hpp): which paths hcsim may write, and the staged,
// atomic replacement of folders and files.
#include "hcsim/report/output_paths.hpp"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace hcsim::report {

namespace fs = std::filesystem;

namespace {

struct KnownFile {
    std::string_view name;
    // How hcsim's own file begins (after an optional UTF-8 BOM a spreadsheet may add); empty
    // for files that carry no such sign (binary, HTML).
    std::string_view signature;
};

// Every file any hcsim command writes into an output folder. A command that writes a new
// file name adds it here, or the next run refuses the folder as someone else's.
constexpr KnownFile known_files[] = {
    {output_marker, ""},
    {"manifest.json", "{"},
    {"whatif.json", "{\"baseline\":"},
    {"summary.csv", "option,metric,unit,"},
    {"differences.csv", "option,baseline,metric,"},
    {"yearly.csv", "option,year,metric,"},
    {"timeseries.csv", "option,month,state,"},
    {"transitions.csv", "option,from,to,"},
    {"assumptions.csv", "field,value,unit,"},
    {"budget.csv", "option,category,item,"},
    {"contributions.csv", "option,role,metric,"},
    {"validation.csv", "target,"}, // "target,kind,quantity," since kind; "target,quantity," before
    {"report.html", ""},
    {"results.xlsx", ""},
    {"report.pdf", ""},
    {"psa_summary.csv", "option,"}, // "option,perspective,baseline," since perspectives
    {"psa_draws.csv", "draw,option,"},
    {"acceptability.csv", "value_per_eviction_prevented_tkr,option,"},
    {"evpi.csv", "value_per_eviction_prevented_tkr,evpi_tkr"},
    {"tornado.csv", "option,rank,field,"},
    {"global_sensitivity.csv", "option,outcome,rank,"},
    {"break_even.csv", "option,"}, // "option,perspective,effect_multiplier_break_even," now
    {"sweep.csv", "option,"},
    {"incremental.csv", "perspective,option,"},
    {"funder.csv", "option,payer,"},
    {"cost_breakdown.csv", "option,category,item,"},
    {"break_even_years.csv", "option,year,"},
    {"effects.csv", "option,role,"},
    {"psa_status.csv", "status,draws,"},
    {"evppi.csv", "perspective,value_per_eviction_prevented_tkr,"},
    {"psa_break_even_years.csv", "option,year,"},
};

const KnownFile* known_file(std::string_view name) {
    const auto found = std::find_if(std::begin(known_files), std::end(known_files),
                                    [&](const KnownFile& k) { return k.name == name; });
    return found == std::end(known_files) ? nullptr : found;
}

std::string in_quotes(const fs::path& path) {
    // Built by append: GCC 12 warns falsely (-Wrestrict, PR 105651) on `"'" + s + "'"`.
    std::string text(1, '\'');
    text.append(path.string()).append(1, '\'');
    return text;
}

// What is at `path` itself (a link not followed), if anything is.
std::optional<fs::file_status> status_if_there(const fs::path& path) {
    std::error_code ec;
    const auto status = fs::symlink_status(path, ec);
    return fs::exists(status) ? std::optional(status) : std::nullopt;
}

// The error for an output path hcsim will not write: the option, the path as given, and why.
[[noreturn]] void refuse(std::string_view option, const fs::path& path, const std::string& why) {
    throw OutputPathError(std::string(option) + " " + in_quotes(path) + why);
}

std::string system_reason(int error) {
    switch (error) {
    case ENOSPC:
        return "no space left on the device";
    case EDQUOT:
        return "the disk quota is used up";
    case EFBIG:
        return "the file is larger than the file size limit (ulimit -f)";
    default:
        return std::strerror(error);
    }
}

[[noreturn]] void write_failed(const fs::path& file, int error) {
    throw OutputWriteError(file.string() + ": " + system_reason(error));
}

std::string unique_suffix() {
    static std::mt19937_64 generator{std::random_device{}()};
    return std::to_string(::getpid()) + "-" + std::to_string(generator() % 1000000000ULL);
}

// The test hook of the fault-injection test (tests/cli_output_swap.sh): with
// HCSIM_TEST_KILL_AT=STEP the process kills itself with SIGKILL when it reaches STEP, as a
// crash or `kill -9` would at that instant.
void fault_point(std::string_view step) {
    const char* at = std::getenv("HCSIM_TEST_KILL_AT");
    if (at != nullptr && step == at) {
        std::raise(SIGKILL);
    }
}

// Swaps two folders atomically; false when the file system cannot (then the caller falls back
// to two renames). HCSIM_TEST_NO_EXCHANGE=1 forces the fallback, so that the test can reach it.
bool swap_in_one_step(const fs::path& staging, const fs::path& target) {
    if (std::getenv("HCSIM_TEST_NO_EXCHANGE") != nullptr) {
        return false;
    }
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        write_failed(target, errno);
    }
    return false;
}

fs::path absolute_normal(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? fs::absolute(path).lexically_normal() : absolute;
}

bool is_within(const fs::path& inner, const fs::path& outer) {
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
        if (o->empty()) {
            break; // the empty last name a trailing separator leaves
        }
        if (i == inner.end() || *i != *o) {
            return false;
        }
    }
    return true;
}

void refuse_inputs(const fs::path& target, const std::vector<fs::path>& inputs,
                   std::string_view option, bool folder) {
    const fs::path here = absolute_normal(target);
    for (const fs::path& input : inputs) {
        const fs::path file = absolute_normal(input);
        if (file == here) {
            refuse(option, target,
                   " is an input of this command (" + input.string() +
                       "); hcsim never writes over its inputs: choose another path");
        }
        if (folder && is_within(file, here)) {
            refuse(option, target,
                   " holds an input of this command (" + input.string() +
                       "); replacing the folder would delete it: choose a new "
                       "folder, e.g. " +
                       (target.lexically_normal() / "results").string());
        }
    }
}

// ".NAME.TAIL": the hidden names beside a target (built by append, see in_quotes).
std::string hidden_sibling(const fs::path& target, const std::string& tail) {
    std::string name(1, '.');
    name.append(target.filename().string()).append(1, '.').append(tail);
    return name;
}

// The temporary names this code gives beside a target, with the process that made them.
struct Leftover {
    fs::path path;
    bool old = false; // .NAME.old-PID-N: the previous folder, set aside by the fallback swap
    long pid = 0;
};

std::vector<Leftover> leftovers_of(const fs::path& target) {
    std::vector<Leftover> found;
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string stem = hidden_sibling(target, "");
    std::error_code ec;
    for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(stem, 0) != 0) {
            continue;
        }
        const std::string rest = name.substr(stem.size());
        for (const char* kind : {"tmp-", "old-"}) {
            if (rest.rfind(kind, 0) == 0) {
                found.push_back(Leftover{it->path(), kind[0] == 'o',
                                         std::strtol(rest.c_str() + 4, nullptr, 10)});
            }
        }
    }
    return found;
}

bool process_runs(long pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// Whether `name` is a temporary file that hcsim's atomic file writes leave when killed
// (report.html.tmp-PID-N).
bool is_stale_temporary(const std::string& name) {
    const auto at = name.find(".tmp-");
    return at != std::string::npos && known_file(name.substr(0, at)) != nullptr;
}

bool starts_with_signature(const fs::path& file, std::string_view signature) {
    std::ifstream in(file, std::ios::binary);
    std::string head(signature.size() + 3, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.rfind("\xEF\xBB\xBF", 0) == 0) {
        head.erase(0, 3);
    }
    return head.rfind(signature, 0) == 0;
}

bool manifest_is_hcsims(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text(4096, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text.find("\"hcsim_version\"") != std::string::npos;
}

void refuse_foreign_folder(const fs::path& folder, std::string_view option) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        entries.push_back(*it);
    }
    if (ec) {
        refuse(option, folder, ": cannot read the folder: " + ec.message());
    }
    const bool marked = std::any_of(entries.begin(), entries.end(), [](const auto& e) {
        return e.path().filename() == output_marker && e.is_regular_file();
    });
    bool signed_by_hcsim = marked;
    for (const auto& entry : entries) {
        const std::string name = entry.path().filename().string();
        const KnownFile* known = known_file(name);
        const bool plain_file = fs::is_regular_file(entry.symlink_status());
        if (plain_file && known == nullptr && is_stale_temporary(name)) {
            continue;
        }
        if (!plain_file || known == nullptr) {
            throw OutputPathError(
                std::string(option) + " " + in_quotes(folder) +
                " is a folder that hcsim did not write (it holds " + in_quotes(name) +
                "); hcsim replaces its output folder whole, so it writes only a new folder or "
                "one it wrote before: choose a new folder, or move the other files away");
        }
        if (marked) {
            continue; // the marker vouches for hcsim's own file names
        }
        // A folder from before the marker: hcsim's files must also begin as hcsim writes them.
        if (name == "manifest.json") {
            signed_by_hcsim = signed_by_hcsim || manifest_is_hcsims(entry.path());
        } else if (!known->signature.empty()) {
            if (!starts_with_signature(entry.path(), known->signature)) {
                refuse(option, folder,
                       ": " + name +
                           " in it was not written by hcsim (its first line is not "
                           "hcsim's); choose a new folder, or move the file away");
            }
            signed_by_hcsim = true;
        }
    }
    if (!signed_by_hcsim && !entries.empty()) {
        refuse(option, folder,
               " holds no results of hcsim's (no manifest.json, no CSV); choose a "
               "new folder, or move its files away");
    }
}

// Creates the missing parents of `target`, returning those it created (deepest last).
std::vector<fs::path> create_parents(const fs::path& target) {
    std::vector<fs::path> missing;
    for (fs::path p = target.parent_path(); !p.empty() && !fs::exists(p); p = p.parent_path()) {
        missing.push_back(p);
        if (p == p.parent_path()) {
            break;
        }
    }
    std::reverse(missing.begin(), missing.end());
    for (const fs::path& p : missing) {
        std::error_code ec;
        if (!fs::create_directory(p, ec) && ec) {
            throw OutputWriteError("cannot create the folder " + p.string() + ": " +
                                   system_reason(ec.value()));
        }
    }
    return missing;
}

void remove_created(std::vector<fs::path>& created) {
    std::error_code ignored;
    for (auto p = created.rbegin(); p != created.rend(); ++p) {
        fs::remove(*p, ignored); // only while empty: never what another process put there
    }
    created.clear();
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

fs::path parent_of(const fs::path& target) {
    return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

} // namespace

const std::vector<std::string_view>& known_output_files() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> list;
        for (const KnownFile& k : known_files) {
            list.push_back(k.name);
        }
        return list;
    }();
    return names;
}

namespace {

void write_bytes_as(const fs::path& file, std::string_view content, const fs::path& shown) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        write_failed(shown, errno);
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int error = n < 0 ? errno : ENOSPC;
            ::close(fd);
            write_failed(shown, error);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
        const int error = errno;
        ::close(fd);
        write_failed(shown, error);
    }
    if (::close(fd) != 0) {
        write_failed(shown, errno);
    }
}

} // namespace

void write_bytes(const fs::path& file, std::string_view content) {
    write_bytes_as(file, content, file);
}

void check_output_folder(const fs::path& folder, const std::vector<fs::path>& inputs,
                         std::string_view option) {
    const fs::path normal = folder.lexically_normal();
    const std::string last = normal.filename().string();
    if (folder.empty() || last.empty() || last == "." || last == ".." || normal == "/") {
        refuse(option, folder,
               " does not name a folder of its own; give a new folder, e.g. " +
                   std::string(option) + " results/x");
    }
    refuse_inputs(folder, inputs, option, true);
    const auto status = status_if_there(folder);
    if (!status) {
        return;
    }
    if (fs::is_symlink(*status)) {
        refuse(option, folder, " is a symbolic link; give the folder itself, or a new folder");
    }
    if (!fs::is_directory(*status)) {
        refuse(option, folder,
               " is a file, not a folder; hcsim writes its results into a "
               "folder and never over a file: choose a new folder name");
    }
    refuse_foreign_folder(folder, option);
}

void check_output_file(const fs::path& file, const std::vector<fs::path>& inputs,
                       std::string_view signature, std::string_view option) {
    if (file.empty() || file.filename().empty() || file.filename() == "." ||
        file.filename() == "..") {
        refuse(option, file, " does not name a file");
    }
    refuse_inputs(file, inputs, option, false);
    if (const auto status = status_if_there(file)) { // an existing file: only ours is replaced
        if (fs::is_directory(*status)) {
            refuse(option, file, " is a folder; give the name of a file to write");
        }
        if (!fs::is_regular_file(*status) || !starts_with_signature(file, signature)) {
            refuse(option, file,
                   " exists and was not written by hcsim; hcsim never writes over "
                   "another file: choose a new name, or remove it first");
        }
    }
}

void recover_stranded_folders(const fs::path& folder) {
    std::error_code ec;
    bool present = fs::exists(fs::symlink_status(folder, ec));
    for (const Leftover& left : leftovers_of(folder)) {
        if (process_runs(left.pid)) {
            continue; // another hcsim is writing there now
        }
        if (left.old && !present) {
            fs::rename(left.path, folder, ec); // the previous results, back under their name
            present = !ec;
            continue;
        }
        fs::remove_all(left.path, ec);
    }
}

StagedFolder::StagedFolder(fs::path folder, const FileList& files,
                           const std::vector<fs::path>& inputs)
    : Staged(folder.lexically_normal()) {
    check_output_folder(target_, inputs);
    created_parents_ = create_parents(target_);
    recover_stranded_folders(target_);
    staging_ = parent_of(target_) / hidden_sibling(target_, "tmp-" + unique_suffix());
    std::error_code ec;
    if (!fs::create_directory(staging_, ec)) {
        staging_.clear();
        remove_created(created_parents_);
        throw OutputWriteError("cannot create a folder beside " + target_.string() + ": " +
                               system_reason(ec ? ec.value() : EEXIST));
    }
    try {
        bool first = true;
        for (const auto& [name, content] : files) {
            write_staged(name, content);
            if (first) {
                fault_point("writing");
                first = false;
            }
        }
        write_staged(std::string(output_marker),
                     "hcsim wrote this folder. hcsim replaces it whole when it writes here "
                     "again; keep other files elsewhere.\n");
        fault_point("staged");
    } catch (...) {
        fs::remove_all(staging_, ec);
        staging_.clear();
        remove_created(created_parents_);
        throw;
    }
}

void StagedFolder::write_staged(const std::string& name, std::string_view content) const {
    // A message names the file as the user knows it, not by its hidden staging name.
    write_bytes_as(staging_ / name, content, target_ / name);
}

namespace detail {

Staged::Staged(Staged&& other) noexcept
    : target_(std::move(other.target_)), staging_(std::move(other.staging_)),
      created_parents_(std::move(other.created_parents_)), committed_(other.committed_) {
    other.staging_.clear();
    other.committed_ = true;
}

Staged::~Staged() {
    if (!committed_ && !staging_.empty()) {
        std::error_code ignored;
        fs::remove_all(staging_, ignored); // a staged folder, or a staged file
        remove_created(created_parents_);
    }
}

} // namespace detail

void StagedFolder::commit() {
    sync_folder(staging_);
    std::error_code ec;
    const bool replacing = fs::exists(fs::symlink_status(target_, ec));
    if (!replacing) {
        if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) !=
            0) {
            if (errno != EINVAL && errno != ENOSYS) {
                write_failed(target_, errno);
            }
            if (::rename(staging_.c_str(), target_.c_str()) != 0) {
                write_failed(target_, errno);
            }
        }
        staging_.clear();
    } else if (swap_in_one_step(staging_, target_)) {
        // The name now holds the new folder; the staging name holds the old one.
        fault_point("exchanged");
    } else {
        // No RENAME_EXCHANGE on this file system: set the old folder aside, then move the new
        // one in. A crash between the two leaves .NAME.old-PID-N, which the next write to this
        // name renames back (recover_stranded_folders).
        const fs::path old = parent_of(target_) / hidden_sibling(target_, "old-" + unique_suffix());
        if (::rename(target_.c_str(), old.c_str()) != 0) {
            write_failed(target_, errno);
        }
        fault_point("set-aside");
        if (::rename(staging_.c_str(), target_.c_str()) != 0) {
            const int error = errno;
            (void)::rename(old.c_str(), target_.c_str());
            write_failed(target_, error);
        }
        staging_ = old;
    }
    committed_ = true;
    sync_folder(parent_of(target_));
    fault_point("swapped");
    if (!staging_.empty()) {
        fs::remove_all(staging_, ec); // the old results
    }
    staging_.clear();
}

StagedFile::StagedFile(fs::path file, const std::string& content,
                       const std::vector<fs::path>& inputs, std::string_view signature,
                       std::string_view option)
    : Staged(std::move(file)) {
    check_output_file(target_, inputs, signature, option);
    created_parents_ = create_parents(target_);
    staging_ = target_.string() + ".tmp-" + unique_suffix();
    try {
        write_bytes(staging_, content);
    } catch (...) {
        std::error_code ignored;
        fs::remove(staging_, ignored);
        staging_.clear();
        remove_created(created_parents_);
        throw;
    }
}

void StagedFile::commit() {
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
        write_failed(target_, errno);
    }
    committed_ = true;
    staging_.clear();
}

} // namespace hcsim::report
