#include "routing/profile.h"

#include "core/error.h"

namespace bosai::routing {

Profile parse_profile(std::string_view text) {
  if (text == "walk" || text == "foot") return Profile::kWalk;
  if (text == "wheelchair" || text == "stretcher") return Profile::kWheelchair;
  if (text == "vehicle" || text == "car" || text == "drive") return Profile::kVehicle;
  throw InputError("", 0, "profile", "unknown profile '" + std::string(text) + "' (walk, wheelchair or vehicle)");
}

std::string profile_name(Profile profile) {
  switch (profile) {
    case Profile::kWalk: return "walk";
    case Profile::kWheelchair: return "wheelchair";
    case Profile::kVehicle: return "vehicle";
  }
  return "?";
}

}  // namespace bosai::routing
