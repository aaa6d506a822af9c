#include "hcsim/study/trace.hpp"

#include "hcsim/error.hpp"
#include "hcsim/model/chain_simulation.hpp"

namespace hcsim::study {

std::vector<TraceRow> trace(const scenario::Scenario& s, const std::string& option,
                            std::uint64_t seed, std::uint64_t replications) {
    if (!s.has_option(option)) {
        throw BadInput("the scenario has no option '" + option + "'", s.path);
    }
    const auto& spec = s.option(option).spec;
    std::vector<TraceRow> rows;
    std::uint64_t replication = 0;
    const model::TraceSink sink = [&](const model::TraceRecord& r) {
        rows.push_back({r.time, r.household, spec.groups[r.group].name, std::string(r.event),
                        r.from ? spec.states[*r.from].name : "",
                        r.to ? spec.states[*r.to].name : std::string(r.reason),
                        r.pool ? spec.staff[*r.pool].role : "", replication});
    };
    for (; replication < replications; ++replication) {
        (void)model::simulate_replication(spec, {seed, replication}, sink);
    }
    return rows;
}

} // namespace hcsim::study
