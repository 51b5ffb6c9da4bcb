#pragma once
#include <optional>
#include <string>

namespace bosai::drills {

// What an inject does to the drill's world (docs/drills.md). Every kind but kMessage changes the model the
// solvers read; a message only tells the players something.
enum class InjectKind {
  kRoadClosure,     // roads (and shelters) inside an area closed: fire spread, flooding, collapse
  kShelterStatus,   // a shelter damaged, closed or full
  kArrivals,        // people arrive at a shelter, with their needs
  kHomeDemand,      // home evacuees registered at a shelter for supplies
  kSupplyShortage,  // a depot's stock goes down
  kVehicleDown,     // a vehicle leaves the fleet
  kCallOutcome,     // an outcome of the storm call round (pseudonymised)
  kOutage,          // power, water or phone out at a shelter or in an area
  kMessage,         // a situation report
};

const char* inject_kind_code(InjectKind kind);   // road_closure …
const char* inject_kind_label(InjectKind kind);  // 道路閉塞 …
std::optional<InjectKind> parse_inject_kind(const std::string& code);  // the code or the label

enum class Hazard { kEarthquake, kStorm, kShelterOpening };
const char* hazard_code(Hazard hazard);
const char* hazard_label(Hazard hazard);  // 地震, 風水害, 避難所開設
// The code or the Japanese label.
std::optional<Hazard> parse_hazard(const std::string& text);

}  // namespace bosai::drills
