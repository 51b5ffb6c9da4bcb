#include "store/sqlite/sqlite_store.h"

#include "core/error.h"
#include "store/open_store.h"
#include "store/sqlite/migration.h"
#include "store/sqlite/transaction.h"

namespace bosai::store {

SqliteStore::SqliteStore(Database db)
    : db_(std::move(db)),
      wards_(db_),
      shelters_(db_),
      people_(db_),
      plans_(db_),
      storm_calls_(db_),
      audit_(db_),
      district_plans_(db_, "district_plan", "district_code"),
      shelter_manuals_(db_, "shelter_manual", "shelter_id"),
      karte_(db_),
      drills_(db_),
      actions_(db_),
      tallies_(db_),
      maintenance_(db_) {}

void SqliteStore::atomically(const std::function<void()>& work) {
  Transaction tx(db_);
  work();
  tx.commit();
}

std::unique_ptr<Store> open_store(const std::filesystem::path& file, OpenMode mode) {
  if (mode == OpenMode::kFresh) {
    // The WAL and its index belong to the file: a stale WAL left beside a new database would be replayed into it.
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
  }
  const bool creates = mode == OpenMode::kCreate || mode == OpenMode::kFresh;
  if (!creates && !std::filesystem::exists(file)) throw InputError(file.string(), 0, "no such database");
  const auto db_mode = creates                      ? Database::Mode::kCreate
                       : mode == OpenMode::kReadOnly ? Database::Mode::kReadOnly
                                                     : Database::Mode::kReadWrite;
  Database db(file, db_mode);
  if (mode != OpenMode::kReadOnly) migrate(db);
  return std::make_unique<SqliteStore>(std::move(db));
}

}  // namespace bosai::store
