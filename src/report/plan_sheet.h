#pragma once
#include "core/association.h"
#include "core/evacuation_plan.h"
#include "core/person.h"

#include <string>
#include <vector>

namespace bosai::report {

// A printable A4 Japanese sheet of one person's 個別避難計画 (all hazards), for the person and the
// supporters: who helps, where to go, what to carry, when to leave, how safety is confirmed. It says
// plainly that supporters carry no legal duty and the plan guarantees nothing.
// `route_maps` holds, per plan in order, the markup of its route map (an inline SVG for a browser, the <img> a
// PDF draws the map at) or an empty string; plans beyond it have none.
std::string plan_sheet_html(const Person& person, const std::vector<EvacuationPlan>& plans,
                            const std::string& ward_name, const std::vector<std::string>& route_maps = {});

// The register list for one 町会's 名簿管理責任者 (consenting people only; the caller selects them).
std::string roster_html(const Association& association, const std::vector<Person>& people, const std::string& today);

}  // namespace bosai::report
