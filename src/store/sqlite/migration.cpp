#include "store/sqlite/migration.h"

#include "store/sqlite/database.h"
#include "store/store_error.h"
#include "store/sqlite/transaction.h"

namespace bosai::store {

int latest_schema_version() { return static_cast<int>(migrations().size()); }

int schema_version(Database& db) {
  auto stmt = db.prepare("PRAGMA user_version");
  stmt.step();
  return static_cast<int>(stmt.column_int(0));
}

void migrate(Database& db, int target) {
  const int latest = latest_schema_version();
  if (target < 0) target = latest;
  const int current = schema_version(db);
  if (current > latest) {
    throw StoreError(db.file().string() + ": schema version " + std::to_string(current) +
                         " is newer than this bosai understands (" + std::to_string(latest) + "): upgrade bosai",
                     0);
  }
  for (const auto& m : migrations()) {
    if (m.version <= current || m.version > target) continue;
    Transaction tx(db);
    db.exec(m.sql);
    db.exec("PRAGMA user_version = " + std::to_string(m.version));
    tx.commit();
  }
}

}  // namespace bosai::store
