#include "yaml_view.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace hcsim::scenario::detail {

namespace {
// Built by append: GCC 12 warns falsely (-Wrestrict, PR 105651) on `a + "." + b`.
std::string join_path(const std::string& path, const std::string& key) {
    std::string joined = path;
    if (!joined.empty()) {
        joined.append(1, '.');
    }
    joined.append(key);
    return joined;
}
// A map's own `source:` text, when it is a plain scalar.
std::string source_of_map(const YAML::Node& map) {
    const auto source = child_named(map, "source");
    return source && source->IsScalar() ? source->Scalar() : std::string();
}
} // namespace

std::optional<YAML::Node> child_named(const YAML::Node& map, std::string_view key) {
    for (const auto& entry : map) {
        // What yaml-cpp's own lookup compares: a key that reads as that string.
        if (entry.first.IsScalar() && entry.first.Scalar() == key) {
            return entry.second;
        }
    }
    return std::nullopt;
}

void Diagnostics::error(const Layer& at, const std::string& field, const std::string& message) {
    const YAML::Mark mark = at.node.Mark();
    const bool known = mark.line >= 0 && !mark.is_null();
    list_.push_back(Diagnostic{*at.file, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0,
                               field, message});
}

void Diagnostics::error(const std::string& file, const std::string& message) {
    list_.push_back(Diagnostic{file, 0, 0, "", message});
}

View::View(std::vector<Layer> layers, std::string path, Diagnostics& diagnostics,
           ParameterBook* book)
    : layers_(std::move(layers)), path_(std::move(path)), diagnostics_(&diagnostics), book_(book) {
    std::erase_if(layers_, [](const Layer& l) { return !l.node.IsDefined() || l.node.IsNull(); });
}

View View::operator[](const std::string& key) const {
    std::vector<Layer> children;
    for (const Layer& layer : layers_) {
        if (!layer.node.IsMap()) {
            break; // a scalar or list replaces whatever lies below it
        }
        if (const auto child = child_named(layer.node, key)) {
            children.push_back(
                Layer{layer.file, *child, join_path(layer.path, key), source_of_map(layer.node)});
            if (!child->IsMap()) {
                break;
            }
        }
    }
    View child(std::move(children), join_path(path(), key), *diagnostics_, book_);
    if (!child.present()) {
        child.anchor_ = present() ? std::optional<Layer>(top()) : anchor_;
    }
    return child;
}

View View::over(const View& base) const {
    std::vector<Layer> merged = layers_;
    if (merged.empty() || merged.back().node.IsMap()) {
        merged.insert(merged.end(), base.layers_.begin(), base.layers_.end());
    }
    return View(std::move(merged), path_, *diagnostics_, book_);
}

std::vector<std::string> View::keys() const {
    std::vector<std::string> keys;
    std::unordered_set<std::string> seen;
    std::size_t depth = 0;
    while (depth < layers_.size() && layers_[depth].node.IsMap()) {
        ++depth;
    }
    for (std::size_t i = depth; i-- > 0;) {
        for (const auto& entry : layers_[i].node) {
            std::string key = entry.first.Scalar();
            if (seen.insert(key).second) {
                keys.push_back(std::move(key));
            }
        }
    }
    return keys;
}

std::vector<std::pair<std::string, View>> View::entries() const {
    std::size_t depth = 0;
    while (depth < layers_.size() && layers_[depth].node.IsMap()) {
        ++depth;
    }
    // Children per key, from the base layer up (keys() order); reversed below to top first.
    std::vector<std::string> names;
    std::vector<std::vector<std::pair<std::size_t, Layer>>> found;
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = depth; i-- > 0;) {
        const Layer& layer = layers_[i];
        const std::string map_source = source_of_map(layer.node); // once: a lookup is linear
        for (const auto& entry : layer.node) {
            const std::string key = entry.first.Scalar();
            const auto [slot, added] = at.try_emplace(key, names.size());
            if (added) {
                names.push_back(key);
                found.emplace_back();
            }
            auto& children = found[slot->second];
            if (!children.empty() && children.back().first == i) {
                continue; // a key given twice in one layer: yaml-cpp's lookup finds the first
            }
            children.emplace_back(
                i, Layer{layer.file, entry.second, join_path(layer.path, key), map_source});
        }
    }
    std::vector<std::pair<std::string, View>> out;
    out.reserve(names.size());
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::vector<Layer> children;
        for (auto c = found[k].rbegin(); c != found[k].rend(); ++c) {
            const bool map = c->second.node.IsMap();
            children.push_back(std::move(c->second));
            if (!map) {
                break; // a scalar or list replaces whatever lies below it
            }
        }
        View child(std::move(children), join_path(path(), names[k]), *diagnostics_, book_);
        if (!child.present()) {
            child.anchor_ = top();
        }
        out.emplace_back(names[k], std::move(child));
    }
    return out;
}

View View::absent(const std::string& key) const {
    View child({}, join_path(path(), key), *diagnostics_, book_);
    child.anchor_ = present() ? std::optional<Layer>(top()) : anchor_;
    return child;
}

ViewIndex::ViewIndex(const View& map) : map_(map) {
    for (auto& [key, child] : map.entries()) {
        children_.emplace(key, std::move(child));
    }
}

View ViewIndex::operator[](const std::string& key) const {
    const auto found = children_.find(key);
    return found == children_.end() ? map_.absent(key) : found->second;
}

std::vector<View> View::list_items(const std::string& what) const {
    if (present() && !is_sequence()) {
        error("expected a list of " + what);
    }
    return items();
}

std::vector<View> View::items() const {
    std::vector<View> items;
    if (!is_sequence()) {
        return items;
    }
    std::size_t index = 0;
    for (const auto& item : top().node) {
        const std::string item_path = path() + "[" + std::to_string(index++) + "]";
        items.emplace_back(std::vector<Layer>{Layer{top().file, item, item_path, ""}}, item_path,
                           *diagnostics_, book_);
    }
    return items;
}

void View::error(const std::string& message) const {
    // A field replaced by --set is reported with the value that replaced it, not the file's.
    if (const auto replaced = book_ != nullptr ? book_->peek(path()) : std::nullopt;
        replaced && present()) {
        std::ostringstream value;
        value.precision(15);
        value << *replaced;
        diagnostics_->error(top(), path(), "--set " + path() + "=" + value.str() + ": " + message);
        return;
    }
    if (present()) {
        diagnostics_->error(top(), path(), message);
    } else if (anchor_) {
        diagnostics_->error(*anchor_, path_, message); // a missing field: point at its parent
    }
}

bool View::expect_map() const {
    if (!present()) {
        return false;
    }
    if (!top().node.IsMap()) {
        error("expected a map of keys and values");
        return false;
    }
    return true;
}

bool View::check_map(std::initializer_list<std::string_view> allowed) const {
    if (!expect_map()) {
        return false;
    }
    for (const Layer& layer : layers_) {
        if (!layer.node.IsMap()) {
            break;
        }
        std::unordered_set<std::string> seen;
        for (const auto& entry : layer.node) {
            const std::string key = entry.first.Scalar();
            if (!seen.insert(key).second) {
                diagnostics_->error(Layer{layer.file, entry.first, layer.path, ""},
                                    join_path(layer.path, key),
                                    "key '" + key + "' is given twice; only one value can hold");
            }
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string expected;
                for (const std::string_view a : allowed) {
                    expected += (expected.empty() ? "" : ", ") + std::string(a);
                }
                diagnostics_->error(Layer{layer.file, entry.first, layer.path, ""},
                                    join_path(layer.path, key),
                                    "unknown key '" + key + "' (allowed here: " + expected + ")");
            }
        }
    }
    return true;
}

std::optional<double> View::literal_number(double min, double max) const {
    if (!present()) {
        return std::nullopt;
    }
    if (!is_scalar()) {
        error("expected a number");
        return std::nullopt;
    }
    const std::string& raw = top().node.Scalar();
    double value = 0.0;
    std::istringstream stream(raw);
    stream.imbue(std::locale::classic());
    stream >> value;
    if (stream.fail() || !stream.eof()) {
        error("expected a number, found '" + raw + "'");
        return std::nullopt;
    }
    if (!std::isfinite(value)) {
        error("must be a finite number, found '" + raw + "'");
        return std::nullopt;
    }
    if (value < min || value > max) {
        std::ostringstream bounds;
        bounds << "must lie between " << min << " and " << max << ", found " << raw;
        error(bounds.str());
        return std::nullopt;
    }
    return value;
}

std::optional<long long> View::integer(long long min, long long max) const {
    if (is_map()) {
        error("expected a whole number (only real-valued fields can be uncertain or calibrated)");
        return std::nullopt;
    }
    const auto value = number(static_cast<double>(min), static_cast<double>(max));
    if (!value) {
        return std::nullopt;
    }
    if (std::floor(*value) != *value) {
        std::ostringstream found;
        found.precision(15);
        found << *value; // the value read: an override, if one replaced the file's
        error("must be a whole number, found " + found.str());
        return std::nullopt;
    }
    return static_cast<long long>(*value);
}

std::optional<std::string> View::text() const {
    if (!present()) {
        return std::nullopt;
    }
    if (!is_scalar()) {
        error("expected text");
        return std::nullopt;
    }
    return top().node.Scalar();
}

std::optional<bool> View::boolean() const {
    const auto raw = text();
    if (!raw) {
        return std::nullopt;
    }
    if (*raw == "true" || *raw == "yes") {
        return true;
    }
    if (*raw == "false" || *raw == "no") {
        return false;
    }
    error("expected true or false, found '" + *raw + "'");
    return std::nullopt;
}

std::optional<std::string> View::name() const {
    const auto raw = text();
    if (!raw) {
        return std::nullopt;
    }
    const bool valid = !raw->empty() && std::all_of(raw->begin(), raw->end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
    });
    if (!valid) {
        error("'" + *raw + "' is not a valid name (use letters, digits, '_' and '-')");
        return std::nullopt;
    }
    return raw;
}

double View::number_or(double fallback, double min, double max) const {
    if (!present()) {
        return fallback;
    }
    return number(min, max).value_or(fallback);
}

} // namespace hcsim::scenario::detail
