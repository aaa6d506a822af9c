#pragma once
// The whatif layer's public headers in one: a built model as JSON and back, and the what-if
// run the report's "Pröva själv" makes on it.
#include "hcsim/whatif/model_json.hpp"
#include "hcsim/whatif/whatif_model.hpp"
