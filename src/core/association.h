#pragma once
#include <string>

namespace bosai {

// 町会・自治会: receives the 要支援者 register under agreement and runs shelters with the school and PTA.
struct Association {
  std::string code;
  std::string district_code;
  std::string name;
};

}  // namespace bosai
