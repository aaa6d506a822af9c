#include "rebuild_cache.hpp"

namespace hcsim::scenario::detail {

namespace {

bool same_limits(const Limits& a, const Limits& b) {
    return a.file_bytes == b.file_bytes && a.nesting_depth == b.nesting_depth &&
           a.yaml_values == b.yaml_values && a.horizon_years == b.horizon_years &&
           a.households == b.households && a.events == b.events &&
           a.replications == b.replications && a.result_bytes == b.result_bytes;
}

} // namespace

RebuildCache& RebuildCache::on_this_thread(const std::shared_ptr<const SourceFiles>& kept,
                                           const Limits& limits) {
    thread_local RebuildCache cache;
    // A weak pointer: files at the address of freed ones are not mistaken for them.
    if (cache.kept_.lock() != kept || !same_limits(cache.limits_, limits)) {
        cache = RebuildCache{};
        cache.kept_ = kept;
        cache.limits_ = limits;
    }
    return cache;
}

std::optional<YAML::Node> RebuildCache::root(const std::string& path) const {
    const auto found = roots_.find(path);
    if (found == roots_.end()) {
        return std::nullopt;
    }
    return found->second;
}

void RebuildCache::keep_root(const std::string& path, const YAML::Node& root) {
    roots_.insert_or_assign(path, root);
}

const ReferenceModel* RebuildCache::reference(const std::string& written) const {
    const auto found = references_.find(written);
    return found == references_.end() ? nullptr : &found->second;
}

void RebuildCache::keep_reference(const std::string& written, const ReferenceModel& reference) {
    references_.insert_or_assign(written, reference);
}

} // namespace hcsim::scenario::detail
