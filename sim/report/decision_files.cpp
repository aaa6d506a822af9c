// The files of a psa and a sweep folder, each made from the study's result.
#include "hcsim/report/decision_tables.hpp"

namespace hcsim::report {

std::vector<std::pair<std::string, std::string>> psa_files(const study::PsaStudy& s) {
    return {{"psa_summary.csv", psa_summary_csv(s.psa, s.baseline)},
            {"psa_draws.csv", psa_draws_csv(s.psa)},
            {"acceptability.csv", acceptability_csv(s.psa, s.lambdas)},
            {"evpi.csv", evpi_csv(s.psa, s.lambdas)},
            {"tornado.csv", tornado_csv(s.tornado, s.psa)},
            {"global_sensitivity.csv", global_sensitivity_csv(s.drivers, s.psa)},
            {"break_even.csv", break_even_csv(s.break_even)}};
}

std::vector<std::pair<std::string, std::string>> sweep_files(const study::SweepStudy& s,
                                                             double lambda) {
    return {{"sweep.csv", sweep_csv(s.points, s.axes, lambda)}};
}

} // namespace hcsim::report
