#include "services/shelter_availability.h"

#include "core/error.h"
#include "core/shelter_lifecycle.h"
#include "store/shelter_repository.h"

#include <algorithm>
#include <map>
#include <set>

namespace bosai::services {

ShelterAvailability available_shelters(store::Store& store, const std::string& as_of) {
  std::map<std::string, ShelterStatus> status;
  for (const auto& [id, change] : store.shelters().current_statuses()) status.emplace(id, change.status);
  ShelterAvailability out;
  for (const Shelter& s : store.shelters().list()) {
    if (!is_staying_shelter(s.kind)) continue;
    std::string reason;
    if (!in_effect(s, as_of)) {
      reason = "not_in_effect";
    } else if (auto it = status.find(s.id); it != status.end() && it->second != ShelterStatus::kOpen) {
      reason = std::string(shelter_status_key(it->second));
    } else if (!s.capacity) {
      reason = "no_capacity";
    }
    if (reason.empty()) {
      out.usable.push_back({{s.id, s.position, s.capacity->people, s.kind == ShelterKind::kWelfare}, s.name});
    } else {
      out.excluded.push_back({s.id, s.name, reason});
    }
  }
  return out;
}

void close_shelters(ShelterAvailability& shelters, const std::vector<std::string>& ids,
                    const std::vector<Area>& closed_areas) {
  std::set<std::string> unknown(ids.begin(), ids.end());
  for (const auto& e : shelters.excluded) unknown.erase(e.id);
  std::vector<routing::assignment::NamedShelter> still_usable;
  for (auto& s : shelters.usable) {
    std::string reason;
    if (unknown.erase(s.slot.id) > 0) {
      reason = "closed_for_drill";
    } else if (std::any_of(closed_areas.begin(), closed_areas.end(),
                           [&](const Area& a) { return a.contains(s.slot.position); })) {
      reason = "in_closed_area";
    }
    if (reason.empty()) {
      still_usable.push_back(std::move(s));
    } else {
      shelters.excluded.push_back({s.slot.id, s.name, reason});
    }
  }
  shelters.usable = std::move(still_usable);
  if (!unknown.empty()) throw NotFoundError("", 0, "closed_shelter", "no shelter with id " + *unknown.begin());
}

void fill_shelters(ShelterAvailability& shelters, const std::map<std::string, long>& holds) {
  for (const auto& [id, people] : holds) {
    if (people < 0) throw InputError("", 0, "full_shelter", id + ": the people a full shelter holds cannot be negative");
    const auto it = std::find_if(shelters.usable.begin(), shelters.usable.end(),
                                 [&](const auto& s) { return s.slot.id == id; });
    if (it != shelters.usable.end()) {
      it->slot.capacity = std::min<std::int64_t>(it->slot.capacity, people);
    } else if (std::none_of(shelters.excluded.begin(), shelters.excluded.end(), [&](const auto& e) { return e.id == id; })) {
      throw NotFoundError("", 0, "full_shelter", "no shelter with id " + id);
    }
  }
}

}  // namespace bosai::services
