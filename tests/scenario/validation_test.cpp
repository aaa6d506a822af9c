#include "hcsim/scenario/scenario.hpp"

#include <gtest/gtest.h>
