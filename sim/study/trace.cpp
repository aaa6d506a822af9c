#include "hcsim/study/trace.hpp"

#include "hcsim/error.hpp"
#include "hcsim/model/chain_simulation.hpp"

namespace hcsim::study {

std::vector<TraceRow> trace(const scenario::Scenario& s, const std::string& option,
                            std::uint64_t seed) {
    if (!s.has_option(option)) {
        throw BadInput("the scenario has no option '" + option + "'", s.path);
    }
    const auto& spec = s.option(option).spec;
    std::vector<TraceRow> rows;
    const model::TraceSink sink = [&](const model::TraceRecord& r) {
        rows.push_back({r.time, r.household, spec.groups[r.group].name, std::string(r.event),
                        r.from ? spec.states[*r.from].name : "",
                        r.to ? spec.states[*r.to].name : ""});
    };
    (void)model::simulate_replication(spec, {seed, 0}, sink);
    return rows;
}

} // namespace hcsim::study
