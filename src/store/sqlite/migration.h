#pragma once
#include <string>
#include <vector>

namespace bosai::store {

class Database;

// One forward-only step of the schema. Versions are 1, 2, 3 … in order; a released migration is never edited,
// a change is always a new step (so every database ever written can be brought forward).
struct Migration {
  int version;
  std::string description;
  std::string sql;
};

const std::vector<Migration>& migrations();
int latest_schema_version();
int schema_version(Database& db);

// Brings the database up to `target` (default: latest) in one transaction per step. A database newer than this
// program is refused rather than misread.
void migrate(Database& db, int target = -1);

}  // namespace bosai::store
