#pragma once
#include "store/store.h"
#include "text/text_encoding.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::services {

struct KarteImportRequest {
  std::filesystem::path file;
  text::TextEncoding encoding = text::TextEncoding::kAuto;
  bool check_only = false;  // --check: read and validate, store nothing
};

struct KarteImportResult {
  std::vector<std::string> editions;  // the editions the file held, oldest first
  std::size_t districts = 0;          // rows (one 地区 in one edition each)
  std::size_t figures = 0;            // known figures stored
  std::size_t unknown = 0;            // figures left blank (unknown)
  bool stored = false;
};

// Imports a 防災カルテ CSV (docs/karte.md) in one unit of work: a file with any bad cell is refused whole
// (ImportRejected listing every problem) and nothing is stored. Each row replaces what its edition held
// for its 地区; other editions stay as they were.
KarteImportResult import_karte(store::Store& store, const KarteImportRequest& request);

}  // namespace bosai::services
