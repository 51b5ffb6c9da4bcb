#include "services/areas.h"

#include "geo/area_file.h"

namespace bosai::services {

Area read_area(const std::filesystem::path& file) { return geo::read_area(file); }

std::vector<Area> read_areas(const std::vector<std::string>& files) {
  std::vector<Area> areas;
  for (const auto& file : files) areas.push_back(geo::read_area(file));
  return areas;
}

}  // namespace bosai::services
