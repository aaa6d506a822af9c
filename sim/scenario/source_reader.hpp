#pragma once
// Internal: where a scenario's files come from. A first load reads each file from the disk
// once and keeps its bytes; a rebuild (other overrides on the same scenario) reads only the
// bytes kept, never the disk.
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/scenario.hpp"

#include <memory>
#include <optional>
#include <string>

namespace hcsim::scenario::detail {

class Diagnostics;
class RebuildCache;

class SourceReader {
public:
    // Reads the disk and keeps every file it reads.
    SourceReader();
    // Reads only `kept` (the texts of an earlier load).
    explicit SourceReader(std::shared_ptr<const SourceFiles> kept);

    // The bytes of `path`; nothing after a diagnostic (missing, not a plain file, too large,
    // unreadable; or, reading kept bytes, a file the first load did not read).
    [[nodiscard]] std::optional<std::string> read(const std::string& path, const Limits& limits,
                                                  Diagnostics& diagnostics);
    // The bytes already read of `path`, if it was read.
    [[nodiscard]] std::optional<std::string> text_of(const std::string& path) const;
    // Every file read, in reading order (with kept bytes: those kept); shared, not copied, so
    // take it once reading is done.
    [[nodiscard]] std::shared_ptr<const SourceFiles> files() const;

    // Reading kept bytes: parsed trees and reference scenarios are taken from, and left in,
    // `cache` (see rebuild_cache.hpp); null when there is none (a first load from the disk).
    void reuse(RebuildCache& cache) noexcept { cache_ = &cache; }
    [[nodiscard]] RebuildCache* rebuild_cache() const noexcept { return cache_; }

private:
    std::shared_ptr<const SourceFiles> kept_;
    std::shared_ptr<SourceFiles> read_; // null when reading kept bytes
    RebuildCache* cache_ = nullptr;
};

} // namespace hcsim::scenario::detail
