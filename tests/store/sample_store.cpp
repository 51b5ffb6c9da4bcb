#include "sample_store.h"

#include "people/role.h"
#include "plans/ward_structure_reader.h"
#include "store/open_store.h"
#include "store/ward_repository.h"
#include "support/shared_data.h"
#include "support/temp_dir.h"

#include <sstream>

namespace bosai::test {
namespace {

std::string first_lines(const std::filesystem::path& file, int lines) {
  std::istringstream in(read_file(file));
  std::string out;
  std::string line;
  for (int i = 0; i < lines && std::getline(in, line); ++i) out += line + "\n";
  return out;
}

}  // namespace

WardStructure sample_ward() { return plans::read_ward_structure(source_dir() / "plans" / "ward.toml"); }

std::string sample_register(int rows) { return first_lines(source_dir() / "plans" / "sample-people.csv", rows + 1); }

void write_sample_shelters(const std::filesystem::path& file, int rows) {
  write_file(file, first_lines(source_dir() / "plans" / "sample-shelters.csv", rows + 1));
}

std::unique_ptr<store::Store> open_sample_store(const std::filesystem::path& file) {
  auto store = store::open_store(file, store::OpenMode::kCreate);
  const auto ward = sample_ward();
  store->atomically([&] { store->wards().save(ward); });
  people::set_up_people_key(*store, people::Role::kWardStaff, kPassphrase);
  return store;
}

std::unique_ptr<people::Session> staff_session(store::Store& store) {
  return people::open_session(store, people::Role::kWardStaff, kPassphrase);
}

}  // namespace bosai::test
