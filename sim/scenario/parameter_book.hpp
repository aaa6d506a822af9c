#pragma once
// Internal: collects every numeric field read while building a scenario, and hands out the
// overrides a caller asked for. Owned by load_scenario; Views point at it.
#include "hcsim/scenario/parameters.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hcsim::scenario::detail {

class ParameterBook {
public:
    explicit ParameterBook(ParameterOverrides overrides) : overrides_(std::move(overrides)) {}

    // The caller's value for `field`, if any; marks it used.
    [[nodiscard]] std::optional<double> override_for(const std::string& field);
    // The override of `field`, if any, without counting it as used (for messages).
    [[nodiscard]] std::optional<double> peek(const std::string& field) const {
        const auto found = overrides_.find(field);
        return found == overrides_.end() ? std::nullopt : std::optional<double>(found->second);
    }
    // Keeps the first reading of each field (later options read the same base fields again).
    void record(ParameterSite site);
    [[nodiscard]] std::vector<std::string> unused_overrides() const;
    [[nodiscard]] std::vector<ParameterSite> take_sites() { return std::move(sites_); }

private:
    // The comment that documents line `line` of `file`: beside it, in whole-line comments just
    // above it, or beside its parent key. Empty if none.
    [[nodiscard]] std::string comment_for(const std::string& file, int line);

    ParameterOverrides overrides_;
    std::set<std::string> used_;
    std::vector<ParameterSite> sites_;
    std::set<std::string> recorded_;
    struct FileLines {
        std::vector<std::string> text;
        // Per line: the nearest line above with less indentation (its parent key), or -1.
        // Computed once per file with a stack: looking it up line by line for every number
        // took time quadratic in the file.
        std::vector<long> parent;
    };
    std::map<std::string, FileLines> file_lines_;
};

// The unit a field is entered in, from its key (and section); empty when it has none.
[[nodiscard]] std::string unit_of_field(const std::string& field);

// Fields that steer the run (seed, replications, price year) or record what was observed in
// the district (`validation:`, with sources of their own) rather than feed the model.
[[nodiscard]] bool is_not_a_parameter(const std::string& field);

} // namespace hcsim::scenario::detail
