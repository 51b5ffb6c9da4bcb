#include "cli/assign_shelters.h"

#include "cli/store_access.h"
#include "core/error.h"
#include "report/shelter_summary.h"
#include "store/shelter_repository.h"

#include <algorithm>
#include <map>
#include <set>

namespace bosai::cli {

AssignableShelters registry_shelters(const Context& context, const std::string& as_of) {
  auto store = open_store(context);
  std::map<std::string, ShelterStatus> status;
  for (const auto& [id, change] : store->shelters().current_statuses()) status.emplace(id, change.status);
  AssignableShelters out;
  for (const Shelter& s : store->shelters().list()) {
    if (!report::is_staying_shelter(s.kind)) continue;
    std::string reason;
    if (!report::in_effect(s, as_of)) {
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

void close_shelters(AssignableShelters& shelters, const std::vector<std::string>& ids,
                    const std::vector<geo::Area>& closed_areas) {
  std::set<std::string> unknown(ids.begin(), ids.end());
  for (const auto& e : shelters.excluded) unknown.erase(e.id);  // closing an excluded shelter again is harmless
  std::vector<routing::assignment::NamedShelter> still_usable;
  for (auto& s : shelters.usable) {
    std::string reason;
    if (unknown.erase(s.slot.id) > 0) {
      reason = "closed_for_drill";
    } else if (std::any_of(closed_areas.begin(), closed_areas.end(),
                           [&](const geo::Area& a) { return geo::area_contains(a, s.slot.position); })) {
      reason = "in_closed_area";
    }
    if (reason.empty()) {
      still_usable.push_back(std::move(s));
    } else {
      shelters.excluded.push_back({s.slot.id, s.name, reason});
    }
  }
  shelters.usable = std::move(still_usable);
  if (!unknown.empty()) {
    throw InputError("", 0, "--close-shelter", "no shelter with id " + *unknown.begin());
  }
}

}  // namespace bosai::cli
