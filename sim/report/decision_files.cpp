// The files of a psa and a sweep folder, each made from the study's result.
#include "hcsim/report/decision_tables.hpp"

namespace hcsim::report {

std::vector<std::pair<std::string, std::string>> psa_files(const study::PsaStudy& s) {
    std::vector<std::pair<std::string, std::string>> files{
        {"psa_summary.csv", psa_summary_csv(s.summary, s.baseline)},
        {"psa_draws.csv", psa_draws_csv(s.psa)},
        {"acceptability.csv", acceptability_csv(s.psa, s.lambdas)},
        {"evpi.csv", evpi_csv(s.psa, s.lambdas)},
        {"evppi.csv", evppi_csv(s.psa, s.evppi_values, s.horizon_years)},
        {"break_even.csv", break_even_csv(s.break_even)},
        {"psa_break_even_years.csv", psa_break_even_years_csv(s.summary)}};
    if (s.tornado_and_drivers) {
        files.emplace_back("tornado.csv", tornado_csv(s.tornado, s.psa));
        files.emplace_back("global_sensitivity.csv", global_sensitivity_csv(s.drivers, s.psa));
    }
    files.emplace_back("psa_status.csv", psa_status_csv("ran", s.psa.values.size(), s.replications,
                                                        s.tornado_replications, s.psa.inputs.size(),
                                                        s.horizon_years));
    return files;
}

std::string psa_status_csv(const std::string& status, std::size_t draws, std::size_t replications,
                           std::size_t one_way_replications, std::size_t uncertain_parameters,
                           std::size_t horizon_years) {
    return "status,draws,replications,one_way_replications,uncertain_parameters,horizon_years\n" +
           status + "," + std::to_string(draws) + "," + std::to_string(replications) + "," +
           std::to_string(one_way_replications) + "," + std::to_string(uncertain_parameters) + "," +
           std::to_string(horizon_years) + "\n";
}

std::vector<std::pair<std::string, std::string>> sweep_files(const study::SweepStudy& s,
                                                             double lambda) {
    return {{"sweep.csv", sweep_csv(s.points, s.axes, lambda)}};
}

} // namespace hcsim::report
