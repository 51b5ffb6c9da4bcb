#pragma once
#include "routing/vrp/types.h"

namespace bosai::routing::vrp {

// Service may start anywhere in [start, end]; arriving early means waiting.
struct TimeWindow {
  Duration start = 0;
  Duration end = kNoDeadline;
};

}  // namespace bosai::routing::vrp
