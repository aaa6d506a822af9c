#pragma once
// Internal: collects every numeric field read while building a scenario, and hands out the
// overrides a caller asked for. Owned by load_scenario; Views point at it.
#include "hcsim/scenario/parameters.hpp"
#include "source_reader.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hcsim::scenario::detail {

class ParameterBook {
public:
    // The comments that source numbers are read from `reader`'s bytes, not the disk again.
    ParameterBook(ParameterOverrides overrides, const SourceReader& reader)
        : overrides_(std::move(overrides)), reader_(reader) {}

    // The caller's value for `field`, if any; marks it used.
    [[nodiscard]] std::optional<double> override_for(const std::string& field);
    // The override of `field`, if any, without counting it as used (for messages).
    [[nodiscard]] std::optional<double> peek(const std::string& field) const {
        const auto found = overrides_.find(field);
        return found == overrides_.end() ? std::nullopt : std::optional<double>(found->second);
    }
    // Keeps the first reading of each field (later options read the same base fields again).
    // A number's source is, first to last: the `source:` of its own map form (in `site`), the
    // comment on its own line, `entry_source` (the `source:` of the map it is written in);
    // with none of them it is an assumption (empty). A comment on a parent key documents that
    // key, not the numbers below it.
    void record(ParameterSite site, const std::string& entry_source);
    [[nodiscard]] std::vector<std::string> unused_overrides() const;
    [[nodiscard]] std::vector<ParameterSite> take_sites() { return std::move(sites_); }

private:
    // The comment at the end of line `line` of `file`; empty if none.
    [[nodiscard]] std::string comment_on_line(const std::string& file, int line);

    ParameterOverrides overrides_;
    const SourceReader& reader_;
    std::set<std::string> used_;
    std::vector<ParameterSite> sites_;
    std::set<std::string> recorded_;
    std::map<std::string, std::vector<std::string>> file_lines_;
};

// Fields that steer the run (seed, replications, price year) or record what was observed in
// the district (`validation:`, with sources of their own) rather than feed the model.
[[nodiscard]] bool is_not_a_parameter(const std::string& field);

} // namespace hcsim::scenario::detail
