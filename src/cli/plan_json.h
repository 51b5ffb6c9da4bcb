#pragma once
#include "core/evacuation_plan.h"

#include <nlohmann/json.hpp>

#include <string>

namespace bosai::cli {

// A 個別避難計画 revision as `--json` prints it.
nlohmann::json plan_json(const EvacuationPlan& plan);
// --hazard earthquake|storm|地震|風水害 (InputError otherwise).
PlanHazard hazard_option(const std::string& text);

}  // namespace bosai::cli
