#include "services/sample_ward.h"

#include "core/progress.h"
#include "geo/district_boundaries.h"
#include "people/people_service.h"
#include "plans/ward_structure_reader.h"
#include "services/shelter_registry.h"
#include "store/open_store.h"
#include "store/ward_repository.h"
#include "support/shared_data.h"

namespace bosai::test {

std::filesystem::path SampleWard::sample(const std::filesystem::path& relative) { return source_dir() / relative; }

SampleWard::SampleWard() : store_(store::open_store(dir_ / "ward.db", store::OpenMode::kCreate)) {
  auto structure = plans::read_ward_structure(sample("plans/ward.toml"));
  geo::read_district_boundaries(sample("plans/sample-district-boundaries.geojson"), structure);
  store_->atomically([&] { store_->wards().save(structure); });
  services::ShelterImportRequest shelters;
  shelters.files = {sample("plans/sample-shelters.csv"), sample("plans/sample-capacities.csv")};
  services::import_shelter_files(*store_, shelters, no_progress());
}

void SampleWard::add_sample_people() {
  people::set_up_people_key(*store_, people::Role::kWardStaff, kPassphrase);
  auto staff = session(people::Role::kWardStaff);
  people::PeopleService(*staff).import_register(read_file(sample("plans/sample-people.csv")), "sample-people.csv",
                                                /*check_only=*/false);
}

std::unique_ptr<people::Session> SampleWard::session(people::Role role) {
  return people::open_session(*store_, role, kPassphrase);
}

}  // namespace bosai::test
