#pragma once
#include "core/person.h"

#include <string>

namespace bosai::people {

// A person as a drill facilitator sees them: a stable pseudonym (the same person gets the same one in every
// drill, so exercises can be repeated; it cannot be reversed without the key), the 地区 only as location,
// and the coarse needs that make a drill realistic.
struct DrillPerson {
  std::string pseudonym;  // 要支援者-3F9A1C
  std::string district_code;
  std::string age_band;   // 80代
  std::string care_level;
  int disability_grade = 0;
  Household household = Household::kWithOthers;
  bool medical_device = false;
  bool language_support = false;  // needs a language other than Japanese
};

}  // namespace bosai::people
