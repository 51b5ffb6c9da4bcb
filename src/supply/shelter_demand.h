#pragma once
#include <map>
#include <string>

namespace bosai::supply {

// Who a shelter has to supply: the people inside it and the home evacuees (在宅避難) of its catchment, who
// come to it for food and water.
struct ShelterPopulation {
  std::string shelter_id;
  std::string district_code;  // whose group shares apply; empty = ward default
  long occupants = 0;
  long home_evacuees = 0;
};

// What a shelter needs over the planning horizon, item by item, and what that weighs and takes up.
struct ShelterDemand {
  std::string shelter_id;
  std::map<std::string, long> quantity;  // item code → units (whole units, rounded up)
  double weight_kg = 0;
  double volume_l = 0;
};

}  // namespace bosai::supply
