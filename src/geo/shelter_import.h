#pragma once
#include "core/shelter.h"
#include "geo/shelter_format.h"
#include "geo/shelter_records.h"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace bosai::store {
class Store;
}

namespace bosai::geo {

// What an import did (or, with --check, would do), by 共通ID.
struct ImportReport {
  std::vector<std::string> added;
  std::vector<std::pair<std::string, std::vector<std::string>>> updated;  // id → changed field names
  long unchanged = 0;
  long total() const { return static_cast<long>(added.size() + updated.size()) + unchanged; }
};

// The field names an import compares and copies, in report order.
const std::vector<std::string>& shelter_fields();

// Merges a file's records into the registry's current state: new ids are added; known ones take the file's
// value for each field the file carries and keep the rest. Returns the records that must be written.
std::vector<Shelter> merge_shelters(const std::map<std::string, Shelter>& existing, const IncomingShelters& incoming,
                                    const std::string& file, ImportReport& report);

struct ImportOptions {
  std::optional<ShelterFormat> format;  // default: by extension
  RecordOptions records;
  bool check_only = false;
  std::function<void(const std::string&)> progress;  // stderr lines; may be empty
};

// Reads and validates the whole file, then writes every change in one transaction: bad input leaves the store
// exactly as it was, and a process killed half-way leaves all or nothing of the import.
ImportReport import_shelters(store::Store& store, const std::filesystem::path& file, const ImportOptions& options);

}  // namespace bosai::geo
