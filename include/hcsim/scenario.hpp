#pragma once
// The scenario layer's public headers in one: the YAML reader: files to a validated Scenario.
#include "hcsim/scenario/diagnostic.hpp"
#include "hcsim/scenario/digest.hpp"
#include "hcsim/scenario/field_path.hpp"
#include "hcsim/scenario/indicators.hpp"
#include "hcsim/scenario/limits.hpp"
#include "hcsim/scenario/overlay.hpp"
#include "hcsim/scenario/parameters.hpp"
#include "hcsim/scenario/scenario.hpp"
#include "hcsim/scenario/schema.hpp"
#include "hcsim/scenario/targets.hpp"
