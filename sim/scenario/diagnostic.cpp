#include "hcsim/scenario/diagnostic.hpp"

namespace hcsim::scenario {

std::string Diagnostic::format() const {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on chained operator+.
    std::string text = file;
    if (line > 0) {
        text.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
    }
    text.append(": error: ");
    if (!field.empty()) {
        text.append(field).append(": ");
    }
    text.append(message);
    return text;
}

namespace {
std::string join(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const Diagnostic& d : diagnostics) {
        if (!text.empty()) {
            text += "\n";
        }
        text += d.format();
    }
    return text;
}
} // namespace

ScenarioError::ScenarioError(std::vector<Diagnostic> diagnostics)
    : BadInput(join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

} // namespace hcsim::scenario
