#include "core/shelter_status.h"

#include "core/enum_names.h"

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
  constexpr ShelterStatus kAll[] = {ShelterStatus::kOpen, ShelterStatus::kClosed, ShelterStatus::kDamaged,
                                    ShelterStatus::kFull};
  return parse_enum_name(text, kAll, shelter_status_label, shelter_status_key);
}

}  // namespace bosai
