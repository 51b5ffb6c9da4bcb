#pragma once
#include "core/evacuation_plan.h"
#include "people/keyring.h"
#include "store/plan_repository.h"

namespace bosai::people {

// Between a plan and its stored revision: dates, status and author stay plain (progress counts them); the
// content is one sealed JSON blob bound to the person and hazard.
store::StoredPlan seal_plan(const EvacuationPlan& plan, const Keyring& keys);
EvacuationPlan open_plan(const store::StoredPlan& stored, const Keyring& keys);

}  // namespace bosai::people
