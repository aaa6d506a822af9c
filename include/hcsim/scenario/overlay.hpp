#pragma once
// A scenario that extends another and overrides some of its numeric fields: how `hcsim
// calibrate` writes its calibrated scenario without touching the original.
#include <map>
#include <string>

namespace hcsim::scenario {

// YAML text of a scenario at `output_path` that extends `original_path` and sets each field
// (dotted path as in error messages, list items as [i], e.g. arrivals[1].per_year.adult) to its
// value. A list on the path is restated whole (lists replace whole when extended). `comment` is
// written as the file's leading comment. Throws ScenarioError when a field is not in the file.
[[nodiscard]] std::string overlay_yaml(const std::string& original_path,
                                       const std::string& output_path, const std::string& name,
                                       const std::map<std::string, double>& values,
                                       const std::string& comment);

} // namespace hcsim::scenario
