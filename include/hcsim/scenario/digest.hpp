#pragma once
// The identity of a scenario file: the SHA-256 of its bytes, recorded in every manifest.
#include <filesystem>
#include <string>

namespace hcsim::scenario {

// SHA-256 of a file's bytes, as lowercase hex. Throws BadInput when it cannot be read.
[[nodiscard]] std::string sha256_of_file(const std::filesystem::path& file);

} // namespace hcsim::scenario
