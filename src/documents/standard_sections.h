#pragma once
#include <span>

namespace bosai::documents {

// The sections every 地区防災計画 has (seed 000 第5-4: goals, the 地区's character from its 防災カルテ, what is
// done in normal times and in a disaster, drills, and how the plan is reviewed). A plan may add its own.
struct StandardSection {
  const char* id;
  const char* title;
};

std::span<const StandardSection> standard_sections();

}  // namespace bosai::documents
