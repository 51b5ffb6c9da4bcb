#pragma once
#include "routing/vrp/time_window.h"
#include "routing/vrp/types.h"

#include <string>

namespace bosai::routing::vrp {

// One delivery: goods loaded at the vehicle's start and dropped at `location`.
struct Job {
  std::string id;                 // caller's label, echoed in output
  Index location = 0;             // row in the matrices
  Amount delivery;                // one entry per capacity dimension
  Duration service = 0;
  TimeWindow time_window;
  // Re-planning: the vehicle that served this job in the plan being revised. Moving the job to another vehicle
  // costs Problem::reassignment_penalty, so a re-plan only changes routes where it pays.
  Index previous_vehicle = kNone;
};

}  // namespace bosai::routing::vrp
