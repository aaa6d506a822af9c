#include "hcsim/scenario/diagnostic.hpp"

namespace hcsim::scenario {

std::string Diagnostic::format() const {
    std::string text = file;
    if (line > 0) {
        text += ":" + std::to_string(line) + ":" + std::to_string(column);
    }
    text += ": error: ";
    if (!field.empty()) {
        text += field + ": ";
    }
    return text + message;
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
    : std::runtime_error(join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

} // namespace hcsim::scenario
