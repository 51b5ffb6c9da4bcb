#include "store/sqlite/sqlite_store.h"

#include "core/error.h"
#include "store/migration.h"
#include "store/transaction.h"

namespace bosai::store {

SqliteStore::SqliteStore(Database db) : db_(std::move(db)), wards_(db_), shelters_(db_) {}

void SqliteStore::atomically(const std::function<void()>& work) {
  Transaction tx(db_);
  work();
  tx.commit();
}

std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& file, bool create) {
  if (!create && !std::filesystem::exists(file)) {
    throw InputError(file.string(), 0, "no such database: run `bosai init` first (or pass --db FILE)");
  }
  Database db(file, create ? Database::Mode::kCreate : Database::Mode::kReadWrite);
  migrate(db);
  return std::make_unique<SqliteStore>(std::move(db));
}

}  // namespace bosai::store
