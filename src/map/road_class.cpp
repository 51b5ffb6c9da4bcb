#include "map/road_class.h"

#include <array>

namespace bosai::map {

RoadClass road_class_of(std::string_view highway) {
  if (highway.ends_with("_link")) highway.remove_suffix(5);
  static constexpr std::array<std::string_view, 5> kMajor = {"motorway", "trunk", "primary", "secondary", "tertiary"};
  static constexpr std::array<std::string_view, 7> kPath = {"footway",   "path",  "pedestrian", "cycleway",
                                                            "bridleway", "track", "corridor"};
  for (auto c : kMajor) {
    if (highway == c) return RoadClass::kMajor;
  }
  for (auto c : kPath) {
    if (highway == c) return RoadClass::kPath;
  }
  return highway == "steps" ? RoadClass::kSteps : RoadClass::kMinor;
}

}  // namespace bosai::map
