// Loads a scenario, runs its options and prints summary.csv: the same bytes as `hcsim compare
// FILE -r N --seed S` writes, through the installed library only.
// Every layer's umbrella header, so the test also checks that each compiles on its own terms.
#include "hcsim/analysis.hpp"
#include "hcsim/kernel.hpp"
#include "hcsim/model.hpp"
#include "hcsim/report.hpp"
#include "hcsim/scenario.hpp"
#include "hcsim/study.hpp"
#include "hcsim/whatif.hpp"

#include <cstdlib>
#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: consumer SCENARIO REPLICATIONS SEED\n";
        return 2;
    }
    try {
        const auto scenario = hcsim::scenario::load_scenario(argv[1]);
        hcsim::analysis::RunSettings settings;
        settings.replications = std::strtoull(argv[2], nullptr, 10);
        settings.seed = std::strtoull(argv[3], nullptr, 10);
        const auto experiment = hcsim::analysis::run_experiment(scenario, settings);
        std::cout << hcsim::report::summary_csv(hcsim::analysis::summarise(experiment));
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return 0;
}
