#include "services/drill_world.h"

namespace bosai::services {

std::vector<std::string> DrillWorld::unusable_shelters() const {
  std::vector<std::string> ids;
  for (const auto& [id, state] : shelter_states) {
    if (state != "full") ids.push_back(id);
  }
  return ids;
}

InjectEffect apply_inject(DrillWorld& w, const CheckedDrill& drill, const drills::Inject& i, long holds) {
  using drills::InjectKind;
  const auto shelter = drill.shelter_ids.contains(i.id) ? drill.shelter_ids.at(i.id) : std::string();
  switch (i.kind) {
    case InjectKind::kRoadClosure: {
      Area area = drill.areas.at(i.id);
      area.set_name(i.id);
      w.closed_areas.push_back(std::move(area));
      return {true, true};
    }
    case InjectKind::kShelterStatus:
      w.shelter_states[shelter] = i.status;
      if (i.status == "full") w.full_holds[shelter] = holds;
      else w.full_holds.erase(shelter);
      return {true, true};
    case InjectKind::kArrivals:
      w.arrivals[shelter] += i.count;
      for (const auto& [need, n] : i.needs) w.needs[shelter][need] += n;
      return {false, true};
    case InjectKind::kHomeDemand: w.home_demand[shelter] += i.count; return {false, true};
    case InjectKind::kSupplyShortage: w.shortages[i.depot->text][i.item.text] += i.amount; return {false, true};
    case InjectKind::kVehicleDown: w.vehicles_down.insert(i.vehicle->text); return {false, true};
    case InjectKind::kCallOutcome: w.calls[i.person] = i.outcome; return {};
    case InjectKind::kOutage: w.outages[shelter.empty() ? i.id : shelter].insert(i.utility); return {};
    case InjectKind::kMessage: return {};
  }
  return {};
}

}  // namespace bosai::services
