#pragma once
// Internal: what a rebuild from kept bytes (a PSA draw, a tornado or break-even run, a sweep
// point, a calibration step) takes over from the rebuilds before it on the same thread: each
// file's parsed tree and the reference scenarios its validation targets name. Overrides are
// applied while the trees are read (ParameterBook), never written into them, and the
// references are loaded without overrides, so a rebuild that reuses them reads exactly what a
// fresh parse would give. Parsing was four fifths of a PSA's load time (callgrind,
// docs/performance.md).
//
// One cache per thread: yaml-cpp's nodes are not safe to read from two threads at once, even
// through const access (jbeder/yaml-cpp#1350). It serves one set of kept files and limits at a
// time and starts empty when either changes.
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "read_targets.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace hcsim::scenario::detail {

class RebuildCache {
public:
    // This thread's cache, holding only what was parsed from `kept` under `limits`.
    [[nodiscard]] static RebuildCache&
    on_this_thread(const std::shared_ptr<const SourceFiles>& kept, const Limits& limits);

    // The tree of `path` (as read_layers names it) if an earlier rebuild parsed it.
    [[nodiscard]] std::optional<YAML::Node> root(const std::string& path) const;
    void keep_root(const std::string& path, const YAML::Node& root);
    // A reference scenario as its target writes it, if an earlier rebuild loaded it.
    [[nodiscard]] const ReferenceModel* reference(const std::string& written) const;
    void keep_reference(const std::string& written, const ReferenceModel& reference);

private:
    std::weak_ptr<const SourceFiles> kept_;
    Limits limits_;
    std::map<std::string, YAML::Node> roots_;
    ReferenceModels references_;
};

} // namespace hcsim::scenario::detail
