#pragma once
// Internal: checks that run on a scenario file's bytes before yaml-cpp parses them, and on the
// parsed tree before anything reads it, so hostile or broken files fail fast with a position:
// text that is not UTF-8, nesting so deep it slows the parser, and aliases that multiply a
// small file into millions of values.
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/limits.hpp"

#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace hcsim::scenario::detail {

// The first byte that breaks UTF-8, or nesting deeper than the limit, found in the raw text.
[[nodiscard]] std::optional<Diagnostic> check_text(const std::string& file, const std::string& text,
                                                   const Limits& limits);

// A second YAML document ('---'), which YAML::Load would ignore silently, or a token the
// parser cannot get past (yaml-cpp 0.7 loops forever in LoadAll on a stray ',' at the top).
// Also a control character in a name (a map key), e.g. "\n" in a double-quoted option name.
// Sets `has_aliases` when the first document uses an alias.
[[nodiscard]] std::optional<Diagnostic> check_documents(const std::string& file,
                                                        const std::string& text, bool& has_aliases);

// Nesting depth and the number of values once every alias is expanded, in the parsed tree.
// Stops walking as soon as a limit is passed, so its own cost is bounded.
// The message blames aliases only when `has_aliases`.
[[nodiscard]] std::optional<Diagnostic> check_tree(const std::string& file, const YAML::Node& root,
                                                   const Limits& limits, bool has_aliases);

} // namespace hcsim::scenario::detail
