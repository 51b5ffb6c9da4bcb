#pragma once
#include "core/priority_weights.h"
#include "people/session.h"

#include <string>
#include <vector>

namespace bosai::people {

// Per-地区 figures for the ward's KPI reporting. Counted from plain columns only: no personal field is opened.
struct DistrictProgress {
  std::string district_code;
  std::string district_name;
  long registered = 0;          // in the register
  long consented_register = 0;  // 名簿提供に同意
  long consented_plan = 0;      // 計画作成に同意
  long consented_share = 0;     // 計画提供に同意
  long with_plan = 0;           // at least one 個別避難計画 (any hazard, any status)
  long plans = 0;               // plans (a person may have 地震 and 風水害)
  long plans_agreed = 0;        // status agreed or shared
  long plans_overdue = 0;       // 次回見直し日 before today
  long high_priority = 0;       // score at or above the threshold
  long high_priority_with_plan = 0;
};

// One row per 地区 of the ward (in ward order, 地区 without anyone included), then nothing else: the caller
// sums for the ward total.
std::vector<DistrictProgress> district_progress(Session& session, const PriorityWeights& weights,
                                                const std::string& today);

}  // namespace bosai::people
