#pragma once
#include <map>
#include <string>

namespace bosai::supply {

// One vehicle-load of a shelter's demand. A shelter needing more than any vehicle carries is split into
// several; ids ("<shelter>#<n>") stay the same from plan to re-plan so changes can be traced.
struct DeliveryJob {
  std::string id;
  std::string shelter_id;
  std::map<std::string, long> quantity;  // item code → units
  double weight_kg = 0;
  double volume_l = 0;
};

}  // namespace bosai::supply
