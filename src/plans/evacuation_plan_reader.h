#pragma once
#include "core/evacuation_plan.h"

#include <filesystem>
#include <string>

namespace bosai::plans {

// A 個別避難計画 as staff write it (format and example in docs/people.md "Plan files"). `route_file` is the
// optional GeoJSON route next to it (e.g. written by the routing module), resolved against the plan file.
struct PlanFile {
  EvacuationPlan plan;
  std::filesystem::path route_file;
};

// Checks the content: known hazard/status/author/destination, real dates, 次回見直し日 not before 最終確認日,
// and a timeline for 風水害 (a storm plan without "when to leave" is not a plan). InputError names the line.
PlanFile read_evacuation_plan(const std::filesystem::path& file);
PlanFile parse_evacuation_plan(const std::string& toml_text, const std::string& file_name);

}  // namespace bosai::plans
