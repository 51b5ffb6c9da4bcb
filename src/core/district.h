#pragma once
#include <string>

namespace bosai {

// 地区: the unit of a 地区防災計画 and a まちづくりセンター. `boundary` is GeoJSON in WGS84 when known, so shelters
// and people can be placed in a 地区 from their position; empty when only explicit assignment is possible.
struct District {
  std::string code;
  std::string region_code;
  std::string name;
  std::string name_en;
  std::string centre;
  std::string boundary;
};

}  // namespace bosai
