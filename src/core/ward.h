#pragma once
#include <string>

namespace bosai {

// 区 (or 市町村): the top of the structure. `code` is the 全国地方公共団体コード with check digit (世田谷区 131121).
struct Ward {
  std::string code;
  std::string name;
  std::string name_kana;
  std::string name_en;
};

}  // namespace bosai
