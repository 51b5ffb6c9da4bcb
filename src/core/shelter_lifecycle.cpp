#include "core/shelter_lifecycle.h"

namespace bosai {

bool is_staying_shelter(ShelterKind kind) {
  return kind == ShelterKind::kDesignated || kind == ShelterKind::kWelfare || kind == ShelterKind::kReserve;
}

bool in_effect(const Shelter& s, const std::string& date) {
  return (s.effective_from.empty() || s.effective_from <= date) && (s.effective_to.empty() || date <= s.effective_to);
}

}  // namespace bosai
