#pragma once
#include <map>
#include <string>

namespace bosai {

// The editable weights behind a person's priority (plans/priority-weights.toml):
//   score = 災害リスク (hazard at home) × 心身の状況 (condition) × 孤立 (isolation)
//   hazard    = 1 + the weight of every hazard the home is in
//   condition = the largest weight among care level, disability grade and medical device (1 when none)
//   isolation = the household weight × the isolated weight when the person is isolated
// A product, so a person scores high only when several of the national criteria meet.
struct PriorityWeights {
  double flood = 0;
  double landslide = 0;
  double dense_wooden = 0;
  std::map<std::string, double> care_level;  // 要支援1 … 要介護5
  std::map<int, double> disability_grade;    // 1 … 6
  double medical_device = 1;
  double alone = 1;
  double elderly_only = 1;
  double with_others = 1;
  double isolated = 1;
  double high_priority = 0;  // a score at or above this is 優先度高 (counted in progress)
};

}  // namespace bosai
