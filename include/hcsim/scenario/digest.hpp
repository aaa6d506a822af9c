#pragma once
// The identity of a scenario file: the SHA-256 of its bytes, recorded in every manifest.
#include <filesystem>
#include <string>
#include <string_view>

namespace hcsim::scenario {

// SHA-256 of a file's bytes, as lowercase hex. Throws BadInput when it cannot be read.
[[nodiscard]] std::string sha256_of_file(const std::filesystem::path& file);
// SHA-256 of bytes held in memory (a scenario's kept text), as lowercase hex.
[[nodiscard]] std::string sha256_of_text(std::string_view bytes);

} // namespace hcsim::scenario
