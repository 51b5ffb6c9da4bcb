#include "core/tally_block.h"

namespace bosai {

const char* dwelling_label(Dwelling d) { return d == Dwelling::kApartment ? "集合住宅" : "戸建て"; }
const char* dwelling_code(Dwelling d) { return d == Dwelling::kApartment ? "apartment" : "detached"; }

std::optional<Dwelling> parse_dwelling(const std::string& text) {
  for (const char* t : {"戸建て", "戸建", "一戸建て", "detached"}) {
    if (text == t) return Dwelling::kDetached;
  }
  for (const char* t : {"集合住宅", "マンション", "アパート", "apartment"}) {
    if (text == t) return Dwelling::kApartment;
  }
  return std::nullopt;
}

}  // namespace bosai
