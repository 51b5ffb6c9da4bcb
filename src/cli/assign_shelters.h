#pragma once
#include "cli/context.h"
#include "geo/area.h"
#include "routing/assignment/assignment_inputs.h"

#include <string>
#include <vector>

namespace bosai::cli {

// A shelter left out of an assignment and why (key for scripts: not_in_effect, closed, damaged, full,
// no_capacity, closed_for_drill, in_closed_area), so a planner sees every gap instead of a silently
// shorter list.
struct ExcludedShelter {
  std::string id;
  std::string name;
  std::string reason;
};

struct AssignableShelters {
  std::vector<routing::assignment::NamedShelter> usable;
  std::vector<ExcludedShelter> excluded;
};

// The registry's places people stay (指定避難所, 福祉避難所, 予備避難所) that can take people on `as_of`:
// in effect (not yet consolidated away), with a capacity, and whose latest recorded status is not
// closed, damaged or full.
AssignableShelters registry_shelters(const Context& context, const std::string& as_of);

// Drill edits: shelters named by id (an unknown id is bad input) and shelters inside a closed area are
// moved from usable to excluded.
void close_shelters(AssignableShelters& shelters, const std::vector<std::string>& ids,
                    const std::vector<geo::Area>& closed_areas);

}  // namespace bosai::cli
