#include "services/areas.h"

namespace bosai::services {

std::vector<geo::Area> read_areas(const std::vector<std::string>& files) {
  std::vector<geo::Area> areas;
  for (const auto& file : files) areas.push_back(geo::read_area(file));
  return areas;
}

}  // namespace bosai::services
