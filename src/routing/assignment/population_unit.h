#pragma once
#include "core/geo_point.h"

#include <cstdint>
#include <string>

namespace bosai::routing::assignment {

// People who start from one place: a 町丁目 point with a head count, a household, or one person.
// needs_care marks 要配慮者 who may go only to a 福祉避難所 or a shelter flagged as able to take them;
// a mixed group is given as two units (one with needs_care, one without) at the same position.
struct PopulationUnit {
  std::string id;
  GeoPoint position;
  std::int64_t count = 0;
  bool needs_care = false;
};

}  // namespace bosai::routing::assignment
