#include "builders.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace hcsim::scenario::detail {

namespace {

constexpr std::uintmax_t max_file_bytes = 4 * 1024 * 1024;

std::optional<YAML::Node> read_file(const std::string& path, Diagnostics& diagnostics) {
    std::error_code ec;
    const std::filesystem::path file(path);
    if (!std::filesystem::exists(file, ec)) {
        diagnostics.error(path, "file not found");
        return std::nullopt;
    }
    if (std::filesystem::is_directory(file, ec)) {
        diagnostics.error(path, "is a directory, not a scenario file");
        return std::nullopt;
    }
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        diagnostics.error(path, "cannot read the file: " + ec.message());
        return std::nullopt;
    }
    if (size > max_file_bytes) {
        diagnostics.error(path, "file is " + std::to_string(size) +
                                    " bytes, over the 4 MiB limit for scenario files");
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        diagnostics.error(path, "cannot open the file for reading (permissions?)");
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    const std::string text = content.str();
    if (text.find('\0') != std::string::npos) {
        diagnostics.error(path, "is a binary file, not YAML text");
        return std::nullopt;
    }
    try {
        YAML::Node root = YAML::Load(text);
        if (!root.IsDefined() || root.IsNull()) {
            diagnostics.error(path, "the file is empty");
            return std::nullopt;
        }
        if (!root.IsMap()) {
            Layer layer{std::make_shared<const std::string>(path), root, ""};
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

} // namespace

std::vector<Layer> load_layers(const std::string& path, Diagnostics& diagnostics) {
    std::vector<Layer> layers;
    std::vector<std::string> seen;
    std::string current = path;
    for (int depth = 0; depth <= max_extends_depth; ++depth) {
        const std::string canonical = std::filesystem::weakly_canonical(current).string();
        if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) {
            diagnostics.error(current, "extends itself through a loop of files");
            return {};
        }
        seen.push_back(canonical);
        auto root = read_file(current, diagnostics);
        if (!root) {
            return {};
        }
        layers.push_back(Layer{std::make_shared<const std::string>(current), *root, ""});
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
