#pragma once
// Internal: a read-only view of a YAML value that may be layered (a file over the file it
// extends, an option over its base). The first layer that defines a key wins; maps merge
// key by key, scalars and lists replace whole. Every read reports its own errors with the
// file, line and column of the layer it came from.
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/schema.hpp"
#include "parameter_book.hpp"

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace hcsim::scenario::detail {

struct Layer {
    std::shared_ptr<const std::string> file;
    YAML::Node node;
    std::string path; // field path within its own document, e.g. options.x.staff
    // The `source:` of the map this value is written in, in the same document; empty if none.
    std::string entry_source;
};

// The value of `key` in `map` (a map), or nothing. yaml-cpp's `map[key]` builds a
// std::stringstream for every key it does not find (to name the missing key), and most keys
// looked up (`source:` above all) are absent: that was a third of rebuilding a scenario
// (callgrind, docs/performance.md).
[[nodiscard]] std::optional<YAML::Node> child_named(const YAML::Node& map, std::string_view key);

class Diagnostics {
public:
    void error(const Layer& at, const std::string& field, const std::string& message);
    void error(const std::string& file, const std::string& message);
    void add(Diagnostic diagnostic) { list_.push_back(std::move(diagnostic)); }
    [[nodiscard]] bool empty() const noexcept { return list_.empty(); }
    [[nodiscard]] std::vector<Diagnostic> take() { return std::move(list_); }

private:
    std::vector<Diagnostic> list_;
};

class View {
public:
    // With a `book`, every number read is recorded there and may be overridden by it.
    View(std::vector<Layer> layers, std::string path, Diagnostics& diagnostics,
         ParameterBook* book = nullptr);

    [[nodiscard]] bool present() const noexcept { return !layers_.empty(); }
    // The field path of the winning layer: where a planner finds the value.
    [[nodiscard]] const std::string& path() const noexcept {
        return layers_.empty() ? path_ : layers_.front().path;
    }
    [[nodiscard]] const Layer& top() const { return layers_.front(); }
    [[nodiscard]] const std::vector<Layer>& layers() const noexcept { return layers_; }
    [[nodiscard]] bool is_map() const { return present() && top().node.IsMap(); }
    [[nodiscard]] bool is_sequence() const { return present() && top().node.IsSequence(); }
    [[nodiscard]] bool is_scalar() const { return present() && top().node.IsScalar(); }
    // A number written as a map ({value: ..}, {dist: ..}): not a map of keys to read.
    [[nodiscard]] bool is_number_form() const;
    [[nodiscard]] bool is_plain_map() const { return is_map() && !is_number_form(); }

    [[nodiscard]] View operator[](const std::string& key) const;
    // This view's layers followed by `base`'s: a fallback for every key.
    [[nodiscard]] View over(const View& base) const;
    // Map keys of every merged layer, base keys first then additions, each once.
    [[nodiscard]] std::vector<std::string> keys() const;
    // Each key of keys() with its child, as operator[] gives it, in one pass over the layers:
    // operator[] asks yaml-cpp, which searches a map from its start on every lookup.
    [[nodiscard]] std::vector<std::pair<std::string, View>> entries() const;
    // The child `key` that no layer has: reads of it report errors at this view.
    [[nodiscard]] View absent(const std::string& key) const;
    // Items of the winning list.
    [[nodiscard]] std::vector<View> items() const;
    // The items of an optional list: none when absent; none and "expected a list of <what>"
    // when present but not a list.
    [[nodiscard]] std::vector<View> list_items(const std::string& what) const;

    // Reports every key not in `allowed`, in every layer; false when the value is not a map.
    bool check_map(std::initializer_list<std::string_view> allowed) const;
    bool expect_map() const;
    void error(const std::string& message) const;

    // A number in [min, max], plain or in map form (parameters.hpp); recorded in the book and
    // replaced by its override, if any.
    [[nodiscard]] std::optional<double> number(double min, double max) const;
    // A plain scalar number in [min, max]; not recorded, no overrides.
    [[nodiscard]] std::optional<double> literal_number(double min, double max) const;
    [[nodiscard]] std::optional<long long> integer(long long min, long long max) const;
    [[nodiscard]] std::optional<std::string> text() const;
    [[nodiscard]] std::optional<bool> boolean() const;
    // An identifier: letters, digits, '_' and '-'.
    [[nodiscard]] std::optional<std::string> name() const;

    // Reads the value, or `fallback` when absent.
    [[nodiscard]] double number_or(double fallback, double min, double max) const;

    // The same, within the range (and, left out, the default) its schema entry declares.
    [[nodiscard]] std::optional<double> number(const FieldSchema& f) const {
        return number(f.min, f.max);
    }
    [[nodiscard]] double number_or(const FieldSchema& f) const {
        return number_or(f.default_value.value_or(0.0), f.min, f.max);
    }
    [[nodiscard]] std::optional<long long> integer(const FieldSchema& f) const {
        return integer(static_cast<long long>(f.min), static_cast<long long>(f.max));
    }

private:
    std::vector<Layer> layers_;
    std::string path_;
    // Where the nearest present ancestor stands: errors about a missing field point there.
    std::optional<Layer> anchor_;
    Diagnostics* diagnostics_;
    ParameterBook* book_;
};

// The items of a YAML list, each resolved by `resolve` (an optional: it reports its own
// error and gives none for an item it cannot resolve); absent: an empty list; not a list:
// "expected a list of <what>".
template <typename Resolve>
[[nodiscard]] auto resolved_items(const View& list, const std::string& what, Resolve resolve) {
    std::vector<typename std::invoke_result_t<Resolve, const View&>::value_type> out;
    for (const View& item : list.list_items(what)) {
        if (const auto resolved = resolve(item)) {
            out.push_back(*resolved);
        }
    }
    return out;
}

// The children of a map view by key, for reading many keys of one map in constant time each.
class ViewIndex {
public:
    explicit ViewIndex(const View& map);
    [[nodiscard]] View operator[](const std::string& key) const;

private:
    View map_;
    std::unordered_map<std::string, View> children_;
};

} // namespace hcsim::scenario::detail
