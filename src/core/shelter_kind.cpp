#include "core/shelter_kind.h"

namespace bosai {

std::string_view shelter_kind_label(ShelterKind k) {
  switch (k) {
    case ShelterKind::kGatheringPoint: return "一時集合所";
    case ShelterKind::kDesignated: return "指定避難所";
    case ShelterKind::kReserve: return "予備避難所";
    case ShelterKind::kWelfare: return "福祉避難所";
    case ShelterKind::kWideArea: return "広域避難場所";
    case ShelterKind::kEmergencySite: return "指定緊急避難場所";
  }
  return "";
}

std::string_view shelter_kind_key(ShelterKind k) {
  switch (k) {
    case ShelterKind::kGatheringPoint: return "gathering_point";
    case ShelterKind::kDesignated: return "designated";
    case ShelterKind::kReserve: return "reserve";
    case ShelterKind::kWelfare: return "welfare";
    case ShelterKind::kWideArea: return "wide_area";
    case ShelterKind::kEmergencySite: return "emergency_site";
  }
  return "";
}

std::optional<ShelterKind> parse_shelter_kind(std::string_view text) {
  for (auto k : kAllShelterKinds) {
    if (text == shelter_kind_label(k) || text == shelter_kind_key(k)) return k;
  }
  return std::nullopt;
}

}  // namespace bosai
