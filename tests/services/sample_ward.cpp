#include "services/sample_ward.h"

#include "core/progress.h"
#include "people/people_service.h"
#include "services/shelter_registry.h"
#include "services/ward_setup.h"
#include "store/open_store.h"
#include "support/shared_data.h"

#include <fstream>

namespace bosai::test {

std::filesystem::path SampleWard::sample(const std::filesystem::path& relative) { return source_dir() / relative; }

std::filesystem::path SampleWard::drill_scenario(std::string text, const std::string& name) const {
  const std::pair<std::string, const char*> files[] = {{"ROADS", "maps/sample-roads.geojson"},
                                                       {"POPULATION", "maps/sample-population.csv"},
                                                       {"SUPPLY", "drills/sample-supply.toml"}};
  for (const auto& [placeholder, file] : files) {
    if (const auto at = text.find(placeholder); at != std::string::npos) {
      text.replace(at, placeholder.size(), sample(file).string());
    }
  }
  const auto path = dir_ / name;
  std::ofstream(path) << text;
  return path;
}

SampleWard::SampleWard() {
  services::set_up_ward({db(), sample("plans/ward.toml"), sample("plans/sample-district-boundaries.geojson"), false});
  store_ = store::open_store(db());
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
