#pragma once
#include "core/evacuation_plan.h"

#include <nlohmann/json.hpp>

namespace bosai::cli {

// A 個別避難計画 revision as `--json` prints it.
nlohmann::json plan_json(const EvacuationPlan& plan);

}  // namespace bosai::cli
