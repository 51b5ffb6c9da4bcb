#pragma once

namespace bosai::routing::assignment {

// One possible trip: unit → shelter and its walking distance. The caller makes these (road network
// distances, or straight lines); pairs beyond the maximum walking distance may be included, the
// assignment drops them.
struct Candidate {
  int unit = 0;     // index into the units
  int shelter = 0;  // index into the shelters
  double distance_m = 0;
};

}  // namespace bosai::routing::assignment
