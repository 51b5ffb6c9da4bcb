#include "services/drill_labels.h"

namespace bosai::services {

std::string drill_shelter_name(const CheckedDrill& c, const std::string& id) {
  if (id.empty()) return "（行き先なし）";
  const auto it = c.shelter_names.find(id);
  return it == c.shelter_names.end() ? id : it->second;
}

std::string drill_vehicle_name(const CheckedDrill& c, const std::string& id) {
  if (c.supply) {
    for (const auto& v : c.supply->vehicles) {
      if (v.id == id) return v.name;
    }
  }
  return id;
}

const char* route_change_label(const std::string& change) {
  if (change == "cancelled") return "運行中止";
  if (change == "added") return "新たに出動";
  return "経路変更";
}

}  // namespace bosai::services
