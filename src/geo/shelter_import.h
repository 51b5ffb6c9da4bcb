#pragma once
#include "core/progress.h"
#include "core/shelter.h"
#include "geo/shelter_format.h"
#include "geo/shelter_records.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace bosai::store {
class Store;
}

namespace bosai::geo {

// What an import did (or, with --check, would do), by 共通ID.
struct ImportReport {
  std::string file;
  std::vector<std::string> added;
  std::vector<std::pair<std::string, std::vector<std::string>>> updated;  // id → changed field names
  long unchanged = 0;
  long total() const { return static_cast<long>(added.size() + updated.size()) + unchanged; }
};

// The field names an import compares and copies, in report order.
const std::vector<std::string>& shelter_fields();

// Merges a file's records into `state` (the registry as it will be): new ids are added; known ones take the
// file's value for each field the file carries and keep the rest. Returns the ids added or changed.
std::vector<std::string> merge_shelters(std::map<std::string, Shelter>& state, const IncomingShelters& incoming,
                                        ImportReport& report);

struct ImportOptions {
  std::optional<ShelterFormat> format;  // default: by extension
  RecordOptions records;
  bool check_only = false;
};

// Reads and validates every file in order (a later file sees what earlier ones added), then writes all changes in
// one transaction: bad input anywhere leaves the store exactly as it was, and a process killed half-way leaves
// all or nothing of the import. One report per file. `progress` hears each file read and the writing; a cancel
// throws bosai::Cancelled and, like bad input, leaves the store as it was.
std::vector<ImportReport> import_shelters(store::Store& store, const std::vector<std::filesystem::path>& files,
                                          const ImportOptions& options, Progress& progress = no_progress());

}  // namespace bosai::geo
