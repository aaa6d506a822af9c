#include "hcsim/scenario/overlay.hpp"

#include "builders.hpp"

#include <cstdio>
#include <filesystem>
#include <sstream>

namespace hcsim::scenario {

namespace {

struct Segment {
    std::string key;
    std::vector<std::size_t> indices; // arrivals[1] -> key arrivals, index 1
};

std::vector<Segment> split_field(const std::string& field) {
    std::vector<Segment> segments;
    std::stringstream in(field);
    std::string part;
    while (std::getline(in, part, '.')) {
        Segment segment;
        const auto bracket = part.find('[');
        segment.key = part.substr(0, bracket);
        for (auto open = bracket; open != std::string::npos; open = part.find('[', open + 1)) {
            const auto close = part.find(']', open);
            if (close == std::string::npos) {
                break;
            }
            segment.indices.push_back(std::stoul(part.substr(open + 1, close - open - 1)));
        }
        segments.push_back(std::move(segment));
    }
    return segments;
}

std::string number_text(double value) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

// Sets `field` in `overlay`, cloning from `root` every list the path passes through.
bool set_field(YAML::Node overlay, const detail::View& root, const std::string& field,
               double value) {
    const std::vector<Segment> segments = split_field(field);
    detail::View view = root;
    YAML::Node node = overlay;
    bool cloned = false; // below a restated list, paths are plain YAML
    for (std::size_t s = 0; s < segments.size(); ++s) {
        const Segment& segment = segments[s];
        const bool last = s + 1 == segments.size() && segment.indices.empty();
        if (!cloned) {
            view = view[segment.key];
            if (!view.present()) {
                return false;
            }
        }
        if (last) {
            node[segment.key] = number_text(value);
            return true;
        }
        if (!segment.indices.empty() && !cloned) {
            if (!node[segment.key].IsDefined() || node[segment.key].IsNull()) {
                node[segment.key] = YAML::Clone(view.top().node);
            }
            cloned = true;
        }
        YAML::Node next = node[segment.key];
        for (std::size_t i = 0; i < segment.indices.size(); ++i) {
            if (!next.IsSequence() || segment.indices[i] >= next.size()) {
                return false;
            }
            if (s + 1 == segments.size() && i + 1 == segment.indices.size()) {
                next[segment.indices[i]] = number_text(value);
                return true;
            }
            next.reset(next[segment.indices[i]]); // rebinds; operator= would overwrite
        }
        node.reset(next);
    }
    return false;
}

} // namespace

std::string overlay_yaml(const std::string& original_path, const std::string& output_path,
                         const std::string& name, const std::map<std::string, double>& values,
                         const std::string& comment) {
    detail::Diagnostics diagnostics;
    detail::SourceReader reader;
    const auto layers = detail::load_layers(original_path, Limits{}, diagnostics, reader);
    const detail::View root(layers, "", diagnostics);
    YAML::Node overlay(YAML::NodeType::Map);
    const auto output_folder = std::filesystem::absolute(output_path).parent_path();
    overlay["extends"] =
        std::filesystem::relative(std::filesystem::absolute(original_path), output_folder)
            .generic_string();
    overlay["name"] = name;
    for (const auto& [field, value] : values) {
        if (!set_field(overlay, root, field, value)) {
            diagnostics.error(original_path, field + ": not a field of the scenario");
        }
    }
    if (!diagnostics.empty()) {
        throw ScenarioError(diagnostics.take());
    }
    YAML::Emitter out;
    out << overlay;
    std::string text;
    std::stringstream lines(comment);
    for (std::string line; std::getline(lines, line);) {
        text += "# " + line + "\n";
    }
    return text + out.c_str() + "\n";
}

} // namespace hcsim::scenario
