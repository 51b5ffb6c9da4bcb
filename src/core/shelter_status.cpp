#include "core/shelter_status.h"

namespace bosai {

std::string_view shelter_status_label(ShelterStatus s) {
  switch (s) {
    case ShelterStatus::kOpen: return "開設";
    case ShelterStatus::kClosed: return "閉鎖";
    case ShelterStatus::kDamaged: return "被災";
    case ShelterStatus::kFull: return "満員";
  }
  return "";
}

std::string_view shelter_status_key(ShelterStatus s) {
  switch (s) {
    case ShelterStatus::kOpen: return "open";
    case ShelterStatus::kClosed: return "closed";
    case ShelterStatus::kDamaged: return "damaged";
    case ShelterStatus::kFull: return "full";
  }
  return "";
}

std::optional<ShelterStatus> parse_shelter_status(std::string_view text) {
  for (auto s : {ShelterStatus::kOpen, ShelterStatus::kClosed, ShelterStatus::kDamaged, ShelterStatus::kFull}) {
    if (text == shelter_status_label(s) || text == shelter_status_key(s)) return s;
  }
  return std::nullopt;
}

}  // namespace bosai
