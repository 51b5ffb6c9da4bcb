#pragma once
#include <string>
#include <string_view>

namespace bosai::routing {

// Who travels the network: it decides which ways exist, which directions count and how fast they go.
//   walk        footways, paths and steps too; one-way streets can be walked both ways.
//   wheelchair  walk minus steps and ways tagged narrower than 0.9 m (also for stretchers and carts).
//   vehicle     drivable roads only; one-way (incl. -1 and roundabouts), speeds from maxspeed or the class.
enum class Profile { kWalk, kWheelchair, kVehicle };

// "walk", "wheelchair" (or "stretcher"), "vehicle" (or "car", "drive"); anything else is an InputError.
Profile parse_profile(std::string_view text);
std::string profile_name(Profile profile);

}  // namespace bosai::routing
