#pragma once
#include "core/area.h"
#include "routing/assignment/assignment_inputs.h"
#include "store/store.h"

#include <map>
#include <string>
#include <vector>

namespace bosai::services {

// A shelter left out of an assignment and why (key for scripts: not_in_effect, closed, damaged, full,
// no_capacity, closed_for_drill, in_closed_area), so a planner sees every gap instead of a silently
// shorter list.
struct ExcludedShelter {
  std::string id;
  std::string name;
  std::string reason;
};

struct ShelterAvailability {
  std::vector<routing::assignment::NamedShelter> usable;
  std::vector<ExcludedShelter> excluded;
};

// The registry's places people stay (指定避難所, 福祉避難所, 予備避難所) that can take people on `as_of`:
// in effect (not yet consolidated away), with a capacity, and whose latest recorded status is not
// closed, damaged or full. 福祉避難所 take people needing care.
ShelterAvailability available_shelters(store::Store& store, const std::string& as_of);

// Drill edits: shelters named by id and shelters inside a closed area move from usable to excluded. An id
// that names no shelter is an InputError on field "closed_shelter" (closing an excluded one again is harmless).
void close_shelters(ShelterAvailability& shelters, const std::vector<std::string>& ids,
                    const std::vector<Area>& closed_areas);

// Drill edits: a shelter declared full takes at most the people it holds (capacity capped at `holds`). One
// already excluded (the fire reached it after it filled) stays excluded; an id that names no shelter is a
// NotFoundError on field "full_shelter".
void fill_shelters(ShelterAvailability& shelters, const std::map<std::string, long>& holds);

}  // namespace bosai::services
