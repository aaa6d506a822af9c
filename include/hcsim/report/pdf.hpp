#pragma once
// report.pdf from report.html, printed by headless Chromium (`hcsim report DIR --pdf`).
#include "hcsim/error.hpp"

#include <filesystem>

namespace hcsim::report {

// No Chromium on this machine: bad input (exit 2); the user can install it.
class ChromiumMissing : public BadInput {
    using BadInput::BadInput;
};

// Chromium ran but gave no PDF (crashed, timed out, printed nothing).
class PdfError : public InternalError {
    using InternalError::InternalError;
};

// The Chromium to print with: $HCSIM_CHROMIUM when set, else chromium, chromium-browser or
// google-chrome on PATH; empty when there is none.
[[nodiscard]] std::filesystem::path find_chromium();

// find_chromium(), or ChromiumMissing when it finds none: checked before anything is
// written, so `--pdf` without Chromium writes nothing.
std::filesystem::path require_chromium();

// Prints `html` to `pdf` (A4, the page's print stylesheet) atomically: a temporary file is
// renamed into place once Chromium has written a whole PDF. Throws ChromiumMissing or
// PdfError; on error nothing is left at `pdf` that was not there before.
void write_pdf(const std::filesystem::path& html, const std::filesystem::path& pdf);

} // namespace hcsim::report
