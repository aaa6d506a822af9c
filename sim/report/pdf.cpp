// report.pdf: report.html printed by headless Chromium (its print stylesheet gives A4 pages,
// page breaks between sections, the title and page numbers in the footer). Chromium runs as a
// child process without a shell, in a profile of its own, with a time limit; the PDF is
// written to a temporary file and renamed into place only when it is whole.
#include "hcsim/report/pdf.hpp"

#include "hcsim/report/writers.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace hcsim::report {

namespace fs = std::filesystem;

namespace {

bool executable(const fs::path& file) {
    return !file.empty() && ::access(file.c_str(), X_OK) == 0 && !fs::is_directory(file);
}

// Runs `arguments` (argv[0] is the program) with stdout and stderr to `log`; kills it after
// `limit`. Returns the exit status, or -1 when it had to be killed.
int run(const std::vector<std::string>& arguments, const fs::path& log,
        std::chrono::seconds limit) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP); // its own group: killed whole
    posix_spawnattr_setpgroup(&attributes, 0);
    std::vector<char*> argv;
    for (const auto& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    const int spawned = posix_spawn(&child, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0) {
        throw PdfError("cannot start " + arguments[0] + ": " + std::strerror(spawned));
    }
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (true) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child) {
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        if (done < 0 && errno != EINTR) {
            throw PdfError("lost track of " + arguments[0] + ": " + std::strerror(errno));
        }
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(-child, SIGKILL);
            ::waitpid(child, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

std::string tail_of(const fs::path& log) {
    std::ifstream in(log, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    return text.size() > 600 ? text.substr(text.size() - 600) : text;
}

} // namespace

fs::path find_chromium() {
    if (const char* chosen = std::getenv("HCSIM_CHROMIUM"); chosen != nullptr && *chosen) {
        return executable(chosen) ? fs::path(chosen) : fs::path();
    }
    const char* path = std::getenv("PATH");
    std::string directories = path != nullptr ? path : "/usr/bin:/bin";
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
        std::size_t start = 0;
        while (start <= directories.size()) {
            const std::size_t end = std::min(directories.find(':', start), directories.size());
            const fs::path candidate = fs::path(directories.substr(start, end - start)) / name;
            if (executable(candidate)) {
                return candidate;
            }
            start = end + 1;
        }
    }
    return {};
}

fs::path require_chromium() {
    fs::path chromium = find_chromium();
    if (chromium.empty()) {
        throw ChromiumMissing(
            "--pdf needs headless Chromium, and none was found (looked for chromium, "
            "chromium-browser and google-chrome on PATH, or HCSIM_CHROMIUM). Install Debian's "
            "chromium (scripts/install-deps.sh), or leave out --pdf; nothing was written");
    }
    return chromium;
}

void write_pdf(const fs::path& html, const fs::path& pdf) {
    const fs::path chromium = require_chromium();
    const fs::path page = fs::absolute(html);
    write_file_atomically_with(pdf, [&](const fs::path& temporary) {
        const fs::path profile = temporary.string() + ".profile";
        const fs::path log = temporary.string() + ".log";
        const auto cleanup = [&] {
            std::error_code ignored;
            fs::remove_all(profile, ignored);
            fs::remove(log, ignored);
        };
        int status = 0;
        try {
            fs::create_directories(profile);
            status = run({chromium.string(), "--headless", "--no-sandbox", "--disable-gpu",
                          "--no-pdf-header-footer", "--export-tagged-pdf", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update",
                          "--disable-sync", "--user-data-dir=" + profile.string(),
                          // The charts draw from a script on load; give it the time.
                          "--virtual-time-budget=10000", "--print-to-pdf=" + temporary.string(),
                          "file://" + page.string()},
                         log, std::chrono::seconds(180));
        } catch (...) {
            cleanup();
            throw;
        }
        const std::string output = tail_of(log);
        cleanup();
        std::ifstream written(temporary, std::ios::binary);
        char magic[5] = {};
        written.read(magic, 4);
        if (status != 0 || std::string(magic) != "%PDF") {
            throw PdfError(status < 0 ? chromium.string() + " did not finish within 180 s"
                                      : chromium.string() + " did not print the report (exit " +
                                            std::to_string(status) + "): " + output);
        }
    });
}

} // namespace hcsim::report
