#include "hcsim/analysis/replication_codec.hpp"
#include "hcsim/analysis/byte_codec.hpp"

namespace hcsim::analysis {

std::string encode_summary(const ReplicationSummary& summary) {
    ByteWriter writer;
    writer.put(summary.metrics);
    writer.put(summary.yearly);
    writer.put(summary.monthly);
    writer.put(summary.transitions);
    writer.put(summary.cost_lines);
    writer.put(summary.events);
    writer.put(summary.households);
    return std::move(writer).take();
}

ReplicationSummary decode_summary(std::string_view bytes) {
    ByteReader reader(bytes);
    ReplicationSummary summary;
    reader.get(summary.metrics);
    reader.get(summary.yearly);
    reader.get(summary.monthly);
    reader.get(summary.transitions);
    reader.get(summary.cost_lines);
    reader.get(summary.events);
    reader.get(summary.households);
    if (!reader.finished()) {
        throw std::runtime_error("corrupt result bytes: trailing data after a summary");
    }
    return summary;
}

} // namespace hcsim::analysis
