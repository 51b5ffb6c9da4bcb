#pragma once
#include "core/geo_point.h"

#include <optional>
#include <string>

namespace bosai {

// 町丁目: the smallest address area; its representative point and counts feed shelter assignment.
struct Chome {
  std::string code;
  std::string district_code;
  std::string name;
  std::optional<GeoPoint> point;
  std::optional<long> population;
  std::optional<long> households;
};

}  // namespace bosai
