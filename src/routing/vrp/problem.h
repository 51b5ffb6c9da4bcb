#pragma once
#include "routing/vrp/job.h"
#include "routing/vrp/matrix.h"
#include "routing/vrp/vehicle.h"

#include <vector>

namespace bosai::routing::vrp {

// A multi-depot, heterogeneous-fleet, multi-dimensional capacitated VRP with time windows on given matrices.
struct Problem {
  Matrix costs;      // what the objective sums along routes (distance, or time)
  Matrix durations;  // travel times for time-window and shift checks
  std::vector<Job> jobs;
  std::vector<Vehicle> vehicles;
  Cost reassignment_penalty = 0;  // see Job::previous_vehicle

  Index dimensions() const { return vehicles.empty() ? 0 : static_cast<Index>(vehicles.front().capacity.size()); }
};

}  // namespace bosai::routing::vrp
