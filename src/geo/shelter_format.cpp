#include "geo/shelter_format.h"

#include "core/error.h"

#include <algorithm>

namespace bosai::geo {

std::optional<ShelterFormat> parse_shelter_format(std::string_view text) {
  if (text == "gsi" || text == "csv") return ShelterFormat::kGsiCsv;
  if (text == "da") return ShelterFormat::kDigitalAgencyCsv;
  if (text == "geojson") return ShelterFormat::kGeoJson;
  if (text == "gpkg") return ShelterFormat::kGeoPackage;
  return std::nullopt;
}

ShelterFormat shelter_format_of(const std::filesystem::path& file) {
  auto ext = file.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".csv") return ShelterFormat::kGsiCsv;
  if (ext == ".geojson" || ext == ".json") return ShelterFormat::kGeoJson;
  if (ext == ".gpkg") return ShelterFormat::kGeoPackage;
  throw InputError(file.string(), 0, "cannot tell the format from the extension: pass --format gsi|da|geojson|gpkg");
}

}  // namespace bosai::geo
