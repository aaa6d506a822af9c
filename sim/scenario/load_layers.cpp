#include "builders.hpp"
#include "yaml_guards.hpp"

#include <filesystem>
#include <fstream>

namespace hcsim::scenario::detail {

namespace {

std::optional<YAML::Node> parse_text(const std::string& path, const std::string& text,
                                     const Limits& limits, Diagnostics& diagnostics) {
    if (auto problem = check_text(path, text, limits)) {
        diagnostics.add(std::move(*problem));
        return std::nullopt;
    }
    try {
        bool has_aliases = false;
        if (auto problem = check_documents(path, text, has_aliases)) {
            diagnostics.add(std::move(*problem));
            return std::nullopt;
        }
        YAML::Node root = YAML::Load(text);
        if (!root.IsDefined() || root.IsNull()) {
            diagnostics.error(path, "the file is empty");
            return std::nullopt;
        }
        if (auto problem = check_tree(path, root, limits, has_aliases)) {
            diagnostics.add(std::move(*problem));
            return std::nullopt;
        }
        if (!root.IsMap()) {
            Layer layer{std::make_shared<const std::string>(path), root, "", ""};
            diagnostics.error(layer, "", "a scenario must be a map of keys (name:, states:, ...)");
            return std::nullopt;
        }
        return root;
    } catch (const YAML::Exception& e) {
        diagnostics.add(
            Diagnostic{path, e.mark.line + 1, e.mark.column + 1, "", "not valid YAML: " + e.msg});
        return std::nullopt;
    }
}

std::optional<YAML::Node> read_file(const std::string& path, const Limits& limits,
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
    return parse_text(path, text, limits, diagnostics);
}

} // namespace

std::vector<Layer> load_layers(const std::string& path, const Limits& limits,
                               Diagnostics& diagnostics) {
    std::vector<Layer> layers;
    std::vector<std::string> seen;
    std::string current = path;
    for (int depth = 0; depth <= max_extends_depth; ++depth) {
        std::error_code ec;
        const std::string canonical = std::filesystem::weakly_canonical(current, ec).string();
        if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) {
            diagnostics.error(current, "extends itself through a loop of files");
            return {};
        }
        seen.push_back(canonical);
        auto root = read_file(current, limits, diagnostics);
        if (!root) {
            return {};
        }
        layers.push_back(Layer{std::make_shared<const std::string>(current), *root, "", ""});
        const YAML::Node extends = (*root)["extends"];
        if (!extends) {
            return layers;
        }
        if (!extends.IsScalar()) {
            diagnostics.error(layers.back(), "extends",
                              "expected the relative path of a base file");
            return {};
        }
        current = (std::filesystem::path(current).parent_path() / extends.Scalar()).string();
    }
    diagnostics.error(path, "extends chain is deeper than " + std::to_string(max_extends_depth) +
                                " files");
    return {};
}

} // namespace hcsim::scenario::detail
