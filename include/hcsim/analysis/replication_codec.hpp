#pragma once
// One replication's summary as bytes (see byte_codec.hpp), for distributed runs.
#include "hcsim/analysis/metrics.hpp"

#include <string>
#include <string_view>

namespace hcsim::analysis {

[[nodiscard]] std::string encode_summary(const ReplicationSummary& summary);
// Throws std::runtime_error on bytes that are not one whole summary.
[[nodiscard]] ReplicationSummary decode_summary(std::string_view bytes);

} // namespace hcsim::analysis
