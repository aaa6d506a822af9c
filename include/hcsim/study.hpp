#pragma once
// The study layer's public headers in one: the use cases: compare, psa, sweep, calibrate, trace, as
// values.
#include "hcsim/study/calibration.hpp"
#include "hcsim/study/compare.hpp"
#include "hcsim/study/decisions.hpp"
#include "hcsim/study/manifest.hpp"
#include "hcsim/study/trace.hpp"
