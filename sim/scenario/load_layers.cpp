#include "builders.hpp"
#include "rebuild_cache.hpp"
#include "yaml_guards.hpp"

#include <filesystem>

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

std::vector<Layer> read_layers(const std::string& path, const Limits& limits,
                               Diagnostics& diagnostics, SourceReader& reader) {
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
        RebuildCache* cache = reader.rebuild_cache();
        auto root = cache ? cache->root(current) : std::nullopt;
        if (!root) {
            const auto text = reader.read(current, limits, diagnostics);
            root = text ? parse_text(current, *text, limits, diagnostics) : std::nullopt;
            if (!root) {
                return {};
            }
            if (cache) {
                cache->keep_root(current, *root);
            }
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

} // namespace

std::vector<Layer> load_layers(const std::string& path, const Limits& limits,
                               Diagnostics& diagnostics, SourceReader& reader) {
    auto layers = read_layers(path, limits, diagnostics, reader);
    if (!diagnostics.empty()) {
        throw ScenarioError(diagnostics.take());
    }
    return layers;
}

} // namespace hcsim::scenario::detail
