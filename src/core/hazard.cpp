#include "core/hazard.h"

namespace bosai {

std::string_view hazard_label(Hazard h) {
  switch (h) {
    case Hazard::kFlood: return "洪水";
    case Hazard::kLandslide: return "崖崩れ、土石流及び地滑り";
    case Hazard::kStormSurge: return "高潮";
    case Hazard::kEarthquake: return "地震";
    case Hazard::kTsunami: return "津波";
    case Hazard::kLargeFire: return "大規模な火事";
    case Hazard::kInlandFlood: return "内水氾濫";
    case Hazard::kVolcano: return "火山現象";
  }
  return "";
}

std::string_view hazard_key(Hazard h) {
  switch (h) {
    case Hazard::kFlood: return "flood";
    case Hazard::kLandslide: return "landslide";
    case Hazard::kStormSurge: return "storm_surge";
    case Hazard::kEarthquake: return "earthquake";
    case Hazard::kTsunami: return "tsunami";
    case Hazard::kLargeFire: return "large_fire";
    case Hazard::kInlandFlood: return "inland_flood";
    case Hazard::kVolcano: return "volcano";
  }
  return "";
}

}  // namespace bosai
