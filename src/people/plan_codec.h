#pragma once
#include "core/evacuation_plan.h"
#include "people/keyring.h"
#include "store/plan_repository.h"

#include <nlohmann/json.hpp>

namespace bosai::people {

// The sealed part of a plan (supporters, destination, route, care, timeline …) as JSON: what is encrypted,
// and what `plans show --json` prints beside the plain fields.
nlohmann::json plan_content_json(const EvacuationPlan& plan);

// Between a plan and its stored revision: dates, status and author stay plain (progress counts them); the
// content is one sealed JSON blob bound to the person and hazard.
store::StoredPlan seal_plan(const EvacuationPlan& plan, const Keyring& keys);
EvacuationPlan open_plan(const store::StoredPlan& stored, const Keyring& keys);

}  // namespace bosai::people
