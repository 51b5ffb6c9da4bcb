#pragma once
#include <string>

namespace bosai::supply {

// Who among a shelter's population an item is for: everyone, or one group whose share comes from the
// 地区 profile (infants, elderly …). Group names are data (the rates file), not code.
struct SupplyItem {
  std::string code;        // stable key, e.g. "water"
  std::string name;        // 飲料水
  std::string name_en;     // Drinking water
  std::string unit;        // L, 食, 枚 …
  std::string group = "all";
  double per_person_per_day = 0;  // per person in `group`
  bool once = false;              // a one-off issue (毛布), not a daily need
  bool occupants_only = false;    // people sheltering at home do not need it (毛布)
  double weight_kg = 0;           // per unit, for vehicle capacity
  double volume_l = 0;            // per unit, for vehicle capacity
};

}  // namespace bosai::supply
