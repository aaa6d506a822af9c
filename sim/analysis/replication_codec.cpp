#include "hcsim/analysis/replication_codec.hpp"
#include "hcsim/analysis/detail/byte_codec.hpp"

namespace hcsim::analysis {

using detail::ByteReader;
using detail::ByteWriter;

namespace {

// The summary's fields in their byte order, one list for the writer and the reader (the
// round-trip test compares whole summaries, so a field left out of it fails there).
template <typename Summary>
auto fields_of(Summary& s) {
    return std::tie(s.metrics, s.yearly, s.monthly, s.transitions, s.cost_lines, s.events,
                    s.households);
}

} // namespace

std::string encode_summary(const ReplicationSummary& summary) {
    ByteWriter writer;
    writer.put_all(fields_of(summary));
    return std::move(writer).take();
}

ReplicationSummary decode_summary(std::string_view bytes) {
    ByteReader reader(bytes);
    ReplicationSummary summary;
    reader.get_all(fields_of(summary));
    if (!reader.finished()) {
        throw std::runtime_error("corrupt result bytes: trailing data after a summary");
    }
    return summary;
}

} // namespace hcsim::analysis
