#include "source_reader.hpp"

#include "yaml_view.hpp"

#include <filesystem>
#include <fstream>

namespace hcsim::scenario::detail {

namespace {

std::optional<std::string> read_disk(const std::string& path, const Limits& limits,
                                     Diagnostics& diagnostics) {
    std::error_code ec;
    const std::filesystem::path file(path);
    if (!std::filesystem::exists(file, ec)) {
        diagnostics.error(path, ec ? "cannot reach the file: " + ec.message() : "file not found");
        return std::nullopt;
    }
    if (std::filesystem::is_directory(file, ec)) {
        diagnostics.error(path, "is a directory, not a scenario file");
        return std::nullopt;
    }
    // A pipe or device would block or never end; scenarios are plain files.
    if (!std::filesystem::is_regular_file(file, ec)) {
        diagnostics.error(path, "is not a regular file (a pipe or device?)");
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        diagnostics.error(path, "cannot read the file: " + ec.message());
        return std::nullopt;
    }
    if (static_cast<double>(size) > limits.file_bytes) {
        diagnostics.error(path, "file is " + std::to_string(size) + " bytes, " +
                                    limit_hint("file_bytes", limits.file_bytes));
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error(path, "cannot open the file for reading (permissions?)");
        return std::nullopt;
    }
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        diagnostics.error(path, "cannot read the file (I/O error)");
        return std::nullopt;
    }
    return text;
}

// One file however it is named ("base/x.yaml" from one file, "../base/x.yaml" from another).
std::filesystem::path same_file(const std::string& path) {
    return std::filesystem::absolute(path).lexically_normal();
}

const SourceFile* find(const SourceFiles& files, const std::string& path) {
    const auto wanted = same_file(path);
    for (const SourceFile& file : files) {
        if (same_file(file.path) == wanted) {
            return &file;
        }
    }
    return nullptr;
}

} // namespace

SourceReader::SourceReader() : read_(std::make_shared<SourceFiles>()) {}

SourceReader::SourceReader(std::shared_ptr<const SourceFiles> kept) : kept_(std::move(kept)) {}

std::optional<std::string> SourceReader::read(const std::string& path, const Limits& limits,
                                              Diagnostics& diagnostics) {
    if (!read_) {
        if (const SourceFile* file = kept_ ? find(*kept_, path) : nullptr) {
            return file->text;
        }
        diagnostics.error(path, "was not among the files read when the scenario was loaded");
        return std::nullopt;
    }
    // A file named twice (a base two options extend, a reference named by two targets) is
    // read once, so every reading of it sees the same bytes.
    if (const SourceFile* file = find(*read_, path)) {
        return file->text;
    }
    auto text = read_disk(path, limits, diagnostics);
    if (text) {
        read_->push_back({path, *text});
    }
    return text;
}

std::optional<std::string> SourceReader::text_of(const std::string& path) const {
    const SourceFiles& files = read_ ? *read_ : *kept_;
    if (const SourceFile* file = find(files, path)) {
        return file->text;
    }
    return std::nullopt;
}

std::shared_ptr<const SourceFiles> SourceReader::files() const {
    if (read_) {
        return read_;
    }
    return kept_;
}

} // namespace hcsim::scenario::detail
