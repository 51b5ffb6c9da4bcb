#pragma once
#include "core/person.h"
#include "core/priority_weights.h"

#include <string>
#include <vector>

namespace bosai::people {

// One line of a score's explanation: which factor, why, and the weight it contributed.
struct PriorityTerm {
  std::string factor;  // hazard, condition, isolation
  std::string reason;  // 浸水想定区域, 要介護3, 単身 …
  double weight = 0;
};

struct Priority {
  double hazard = 1;
  double condition = 1;
  double isolation = 1;
  double score = 1;  // hazard × condition × isolation
  bool high = false;
  std::vector<PriorityTerm> terms;
};

// Computes from the plain profile only, so progress and call lists rank people without opening anyone's
// personal fields.
Priority priority_of(const PersonProfile& profile, const PriorityWeights& weights);

// "災害リスク 3.0 (1 + 浸水想定区域 2.0) × 心身の状況 2.5 (要介護3) × 孤立 1.5 (単身) = 11.25"
std::string explain(const Priority& priority);

}  // namespace bosai::people
