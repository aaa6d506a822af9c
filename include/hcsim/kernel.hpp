#pragma once
// The kernel layer's public headers in one: the discrete-event engine: clock, calendar, resources,
// statistics, keyed random streams.
#include "hcsim/kernel/calendar.hpp"
#include "hcsim/kernel/erlang.hpp"
#include "hcsim/kernel/event.hpp"
#include "hcsim/kernel/random.hpp"
#include "hcsim/kernel/resource.hpp"
#include "hcsim/kernel/simulation.hpp"
#include "hcsim/kernel/statistics.hpp"
