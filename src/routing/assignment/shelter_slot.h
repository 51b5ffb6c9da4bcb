#pragma once
#include "core/geo_point.h"

#include <cstdint>
#include <string>

namespace bosai::routing::assignment {

// A shelter as the assignment sees it: how many people it takes and whether it takes people needing
// care (福祉避難所, or a 指定避難所 with a 福祉 space).
struct ShelterSlot {
  std::string id;
  GeoPoint position;
  std::int64_t capacity = 0;
  bool accepts_care = false;
};

}  // namespace bosai::routing::assignment
