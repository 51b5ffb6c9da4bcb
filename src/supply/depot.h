#pragma once
#include "core/geo_point.h"

#include <map>
#include <optional>
#include <string>

namespace bosai::supply {

// Where goods start: a ward stockpile (備蓄倉庫) or a 地域内輸送拠点. Stock per item code; an item not listed is
// unlimited (national push support keeps arriving).
struct Depot {
  std::string id;
  std::string name;
  GeoPoint position;
  std::map<std::string, long> stock;
};

}  // namespace bosai::supply
