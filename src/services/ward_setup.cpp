#include "services/ward_setup.h"

#include "geo/district_boundaries.h"
#include "plans/ward_structure_reader.h"
#include "store/maintenance.h"
#include "store/open_store.h"
#include "store/ward_repository.h"

namespace bosai::services {

WardSetupResult set_up_ward(const WardSetupRequest& request) {
  auto structure = plans::read_ward_structure(request.ward_file);
  if (!request.boundaries.empty()) geo::read_district_boundaries(request.boundaries, structure);
  auto store = store::open_store(request.database, request.fresh ? store::OpenMode::kFresh : store::OpenMode::kCreate);
  store->atomically([&] { store->wards().save(structure); });
  return {structure.ward.name,         structure.regions.size(),      structure.districts.size(),
          structure.chome.size(),      structure.associations.size(), store->maintenance().schema_version()};
}

}  // namespace bosai::services
