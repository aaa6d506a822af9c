#include "hcsim/kernel/erlang.hpp"

#include <stdexcept>

namespace hcsim::kernel {

double erlang_c(std::size_t servers, double offered_load) {
    const auto c = static_cast<double>(servers);
    if (servers == 0 || !(offered_load >= 0.0) || offered_load >= c) {
        throw std::invalid_argument("Erlang C needs 0 <= offered load < servers");
    }
    // Erlang B by its stable recursion, then C from B.
    double blocking = 1.0;
    for (std::size_t k = 1; k <= servers; ++k) {
        blocking = offered_load * blocking / (static_cast<double>(k) + offered_load * blocking);
    }
    const double rho = offered_load / c;
    return blocking / (1.0 - rho * (1.0 - blocking));
}

MmcMeans mmc_means(double arrival_rate, double mean_service, std::size_t servers) {
    if (!(arrival_rate > 0.0) || !(mean_service > 0.0)) {
        throw std::invalid_argument("M/M/c needs positive arrival rate and service time");
    }
    const double load = arrival_rate * mean_service;
    const double wait_probability = erlang_c(servers, load);
    const double service_rate = 1.0 / mean_service;
    MmcMeans means;
    means.wait_in_queue =
        wait_probability / (static_cast<double>(servers) * service_rate - arrival_rate);
    means.queue_length = arrival_rate * means.wait_in_queue;
    means.time_in_system = means.wait_in_queue + mean_service;
    means.number_in_system = arrival_rate * means.time_in_system;
    return means;
}

} // namespace hcsim::kernel
