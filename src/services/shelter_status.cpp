#include "services/shelter_status.h"

#include "core/clock.h"
#include "core/error.h"
#include "store/shelter_repository.h"

namespace bosai::services {
namespace {

void require_shelter(store::Store& store, const std::string& id) {
  if (!store.shelters().find(id)) throw NotFoundError("", 0, "shelter", "no shelter with id " + id);
}

}  // namespace

StatusChange change_shelter_status(store::Store& store, const std::string& shelter_id, ShelterStatus status,
                                   const std::string& by, const std::string& note) {
  if (by.empty()) throw InputError("", 0, "by", "say who changed the status");
  const StatusChange change{status, by, utc_timestamp(), note};
  store.atomically([&] {
    require_shelter(store, shelter_id);
    store.shelters().record_status(shelter_id, change);
  });
  return change;
}

std::vector<StatusChange> shelter_status_history(store::Store& store, const std::string& shelter_id) {
  require_shelter(store, shelter_id);
  return store.shelters().status_history(shelter_id);
}

}  // namespace bosai::services
