#pragma once
// One replication of the housing chain: households arrive, move between states by competing
// exits, wait for full states or overflow, are referred to staff pools, and book costs.
#include "hcsim/error.hpp"
#include "hcsim/model/result.hpp"
#include "hcsim/model/spec.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace hcsim::model {

struct RunKey {
    std::uint64_t seed = 0;
    std::uint64_t replication = 0;
};

// One line of the audit trail (`hcsim run --trace`).
struct TraceRecord {
    double time = 0.0;
    std::uint64_t household = 0;
    GroupIndex group = 0;
    std::string_view event;
    std::optional<StateIndex> from;
    std::optional<StateIndex> to;
    std::optional<std::size_t> pool; // the staff pool of a staff event
    std::string_view reason;         // why support ended (support_ended), else empty
};
using TraceSink = std::function<void(const TraceRecord&)>;

// A broken model invariant (conservation, capacity): the run stops rather than report a
// wrong table.
class InvariantError : public Error {
public:
    explicit InvariantError(const std::string& message) : Error(ErrorKind::invariant, message) {}
};

// A replication passed its event budget (ModelSpec::max_events): the scenario asks for more
// work than the limit allows, or households move in a loop with tiny delays.
// Bad input: the user lowers the work or raises the limit (`--limit events=...`).
class EventLimitError : public BadInput {
    using BadInput::BadInput;
};

// Random-number purposes: part of every stream key, so each kind of draw has its own stream.
enum RandomPurpose : std::uint64_t {
    arrival_draws = 1,
    fate_draws = 2,
    contact_draws = 3,
    support_draws = 4
};

[[nodiscard]] ReplicationResult simulate_replication(const ModelSpec& spec, const RunKey& key,
                                                     const TraceSink& trace = {});

} // namespace hcsim::model
