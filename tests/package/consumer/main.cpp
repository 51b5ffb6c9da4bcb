// Reads a Shift_JIS district list with the text module, stores it as a ward structure in a new SQLite store
// and looks a 地区 up by name through the services layer: text, store, core and services all linked from the
// installed package.
#include "services/ward_lookup.h"
#include "store/open_store.h"
#include "store/ward_repository.h"
#include "text/csv_reader.h"

#include <filesystem>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer EMPTY_FOLDER\n";
    return 64;
  }
  using namespace bosai;
  // code,name / ikejiri,池尻 / kinuta,砧 in CP932.
  const std::string csv = "code,name\r\nikejiri,\x92\x72\x90\x4B\r\nkinuta,\x8B\x6D\r\n";
  WardStructure ward;
  ward.ward = {"setagaya", "世田谷区", "せたがやく", "Setagaya"};
  ward.regions = {Region{"setagaya-region", "setagaya", "世田谷", "Setagaya", ""}};
  const auto rows = text::parse_csv(csv, "districts.csv", text::TextEncoding::kAuto);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ward.districts.push_back(District{rows[i].fields[0], "setagaya-region", rows[i].fields[1], "", "", ""});
  }
  const auto store = store::open_store(std::filesystem::path(argv[1]) / "ward.db", store::OpenMode::kCreate);
  store->wards().save(ward);
  std::cout << "districts: " << store->wards().load().districts.size() << "\n";
  std::cout << "池尻 is " << services::find_district(*store, "池尻").code << "\n";
  return 0;
}
