#pragma once
// Errors in scenario files, each with file, line, column and the field path, so a planner
// can find and fix every problem in one pass.
#include "hcsim/error.hpp"

#include <string>
#include <vector>

namespace hcsim::scenario {

struct Diagnostic {
    std::string file;
    int line = 0;      // 1-based; 0 when the fault is the file itself
    int column = 0;    // 1-based
    std::string field; // e.g. options.bolots.staff.bolots.fte
    std::string message;

    // FILE:LINE:COL: error: FIELD: MESSAGE
    [[nodiscard]] std::string format() const;
};

// Bad input: every fault found in the files at once.
class ScenarioError : public BadInput {
public:
    explicit ScenarioError(std::vector<Diagnostic> diagnostics);
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const noexcept {
        return diagnostics_;
    }

private:
    std::vector<Diagnostic> diagnostics_;
};

} // namespace hcsim::scenario
