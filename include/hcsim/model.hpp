#pragma once
// The model layer's public headers in one: the housing chain: ModelSpec and one replication of it.
#include "hcsim/model/chain_simulation.hpp"
#include "hcsim/model/distribution.hpp"
#include "hcsim/model/exit_choice.hpp"
#include "hcsim/model/ledger.hpp"
#include "hcsim/model/result.hpp"
#include "hcsim/model/spec.hpp"
