#pragma once
#include <string>

namespace bosai {

// 地域: a group of 地区 served by one 総合支所 (branch office).
struct Region {
  std::string code;
  std::string ward_code;
  std::string name;
  std::string name_en;
  std::string branch_office;
};

}  // namespace bosai
