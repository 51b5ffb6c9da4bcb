#pragma once
#include "routing/vrp/time_window.h"
#include "routing/vrp/types.h"

#include <string>

namespace bosai::routing::vrp {

// One vehicle of a heterogeneous fleet. For re-planning mid-operation, set `start` to where it is now,
// `shift.start` to now and `capacity` to what it still carries room for.
struct Vehicle {
  std::string id;
  Index start = 0;                 // matrix row of its start depot (or current position)
  Index end = 0;                   // matrix row where it must finish
  Amount capacity;                 // same dimensions as Job::delivery
  TimeWindow shift;                // working hours: leave start ≥ shift.start, reach end ≤ shift.end
  Cost fixed_cost = 0;             // paid once if the vehicle is used
  double cost_per_unit = 1.0;      // multiplies Problem::costs (e.g. a truck costs more per km than a van)
};

}  // namespace bosai::routing::vrp
