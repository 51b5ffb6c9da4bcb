#pragma once
#include "core/geo_point.h"

#include <optional>
#include <string>

namespace bosai {

// What a block is built of: sign rates are compared between detached houses and apartment blocks.
enum class Dwelling { kDetached, kApartment };

const char* dwelling_label(Dwelling d);  // 戸建て, 集合住宅
const char* dwelling_code(Dwelling d);   // detached, apartment
// The label, the code, or 一戸建て / マンション as people write them; none otherwise.
std::optional<Dwelling> parse_dwelling(const std::string& text);

// A block (番地・班, or a 町丁目) one leader walks and counts on the drill day.
struct TallyBlock {
  std::string id;                // as the paper form names it: ikejiri-1-03
  std::string name;              // 池尻東町会 3班
  std::string district_code;
  std::string association_code;  // "" when the block belongs to no 町会
  Dwelling dwelling = Dwelling::kDetached;
  long households = 0;           // in the block, as the ward's list has it (> 0)
  std::optional<GeoPoint> position;  // the block's representative point, for the map and the 要支援者 check
};

}  // namespace bosai
