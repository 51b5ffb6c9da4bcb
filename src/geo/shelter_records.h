#pragma once
#include "core/shelter.h"
#include "geo/district_locator.h"
#include "geo/source_table.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace bosai::geo {

struct IncomingShelter {
  long line = 0;
  Shelter shelter;
};

// The shelters a file holds, and which fields it speaks for: a re-import changes only those, so a GSI file
// (no capacity column) never wipes the committee's capacities. A file without name and position columns
// (e.g. 共通ID + 想定収容人数) is an update file: every id in it must already exist.
struct IncomingShelters {
  std::vector<IncomingShelter> records;
  std::set<std::string> fields;  // names as in shelter_fields()
  bool update_only = false;
};

struct RecordOptions {
  std::optional<ShelterKind> kind;  // --kind: when the file does not say (no 種別 column)
};

// Validates every record (header, coordinates, flags, numbers, dates, 地区, duplicate ids) before anything is
// written; the first problem is an InputError naming the file, the line (or feature) and the column.
IncomingShelters shelters_from_table(const SourceTable& table, const DistrictLocator& districts,
                                     const RecordOptions& options);

// The kind a GSI 共通ID encodes (type digit 2 → 指定緊急避難場所; type 1 subtype 2 → 福祉避難所), if it is one.
std::optional<ShelterKind> kind_from_gsi_id(const std::string& id);

}  // namespace bosai::geo
