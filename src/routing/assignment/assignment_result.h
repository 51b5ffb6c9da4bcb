#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace bosai::routing::assignment {

struct AssignedFlow {
  int unit = 0;
  int shelter = 0;
  std::int64_t count = 0;  // people of this unit sent to this shelter
  double distance_m = 0;
};

enum class UnplacedReason {
  out_of_reach,  // no shelter the unit may use (care rule included) within the maximum walk
  no_capacity,   // shelters are in reach, but optimally their places go to others
};

std::string_view describe(UnplacedReason reason);

struct Unplaced {
  int unit = 0;
  std::int64_t count = 0;
  UnplacedReason reason = UnplacedReason::out_of_reach;
};

struct AssignmentResult {
  std::vector<AssignedFlow> flows;        // by unit, then shelter
  std::vector<std::int64_t> shelter_load;  // people per shelter, same order as the shelters
  std::vector<Unplaced> unplaced;         // by unit
  std::int64_t placed = 0;
  double person_metres = 0;               // Σ count × distance over the flows
  // The optimum's dual price per shelter, in decimetres per person (0 for a shelter with room or out of use):
  // how many person-decimetres one more place there would save, with a placed person worth the penalty.
  // A re-solve after an edit starts from these (reassign_to_shelters).
  std::vector<std::int64_t> shelter_price;
};

}  // namespace bosai::routing::assignment
