#include "services/shelter_registry.h"

#include "core/error.h"
#include "geo/shelter_file.h"
#include "geo/shelter_format.h"
#include "services/ward_lookup.h"
#include "store/shelter_repository.h"

#include <algorithm>

namespace bosai::services {
namespace {

std::optional<geo::ShelterFormat> format_named(const std::string& text) {
  if (text.empty()) return std::nullopt;
  auto format = geo::parse_shelter_format(text);
  if (!format) throw InputError("", 0, "format", "unknown format \"" + text + "\" (gsi, da, geojson, gpkg)");
  return format;
}

}  // namespace

ShelterKind parse_kind(const std::string& text) {
  auto kind = parse_shelter_kind(text);
  if (!kind) {
    throw InputError("", 0, "kind",
                     "unknown kind \"" + text + "\" (gathering_point, designated, reserve, welfare, wide_area, "
                     "emergency_site, or the Japanese name)");
  }
  return *kind;
}

std::vector<geo::ImportReport> import_shelter_files(store::Store& store, const ShelterImportRequest& request,
                                                    Progress& progress) {
  geo::ImportOptions options;
  options.format = format_named(request.format);
  options.records.kind = request.kind;
  options.check_only = request.check_only;
  return geo::import_shelters(store, request.files, options, progress);
}

std::size_t export_shelter_file(store::Store& store, const ShelterExportRequest& request) {
  const auto format = request.format.empty() ? geo::shelter_format_of(request.file) : *format_named(request.format);
  auto shelters = request.district.empty()
                      ? store.shelters().list()
                      : store.shelters().list_in_district(find_district(store, request.district).code);
  // The Digital Agency list is the 指定緊急避難場所 list: other kinds would come back as emergency sites.
  const bool da = format == geo::ShelterFormat::kDigitalAgencyCsv;
  if (request.kind || da) {
    const auto kind = request.kind.value_or(ShelterKind::kEmergencySite);
    std::erase_if(shelters, [kind](const Shelter& s) { return s.kind != kind; });
  }
  geo::write_shelter_file(request.file, format, shelters);
  return shelters.size();
}

}  // namespace bosai::services
