#include "store/sqlite/database_maintenance.h"

#include "core/error.h"
#include "store/sqlite/database.h"
#include "store/sqlite/migration.h"
#include "store/sqlite/sqlite_error.h"

#include <sqlite3.h>

namespace bosai::store {
namespace {

void copy_all(sqlite3* from, sqlite3* to, const std::string& what) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (!backup) throw_store_error(to, sqlite3_errcode(to), what);
  int rc;
  do {
    rc = sqlite3_backup_step(backup, 256);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) throw StoreError(what + ": " + sqlite3_errstr(rc), rc);
}

}  // namespace

std::vector<std::string> check_database(Database& db) {
  std::vector<std::string> problems;
  auto integrity = db.prepare("PRAGMA integrity_check");
  while (integrity.step()) {
    const auto line = integrity.column_text(0);
    if (line != "ok") problems.push_back("integrity: " + line);
  }
  auto foreign = db.prepare("PRAGMA foreign_key_check");
  while (foreign.step()) {
    problems.push_back("foreign key: table " + foreign.column_text(0) + " row " + foreign.column_text(1) +
                       " refers to a missing row in " + foreign.column_text(2));
  }
  return problems;
}

void backup_database(Database& db, const std::filesystem::path& target) {
  const auto partial = std::filesystem::path(target.string() + ".partial");
  std::filesystem::remove(partial);
  {
    Database out(partial, Database::Mode::kCreate);
    copy_all(db.handle(), out.handle(), "backing up to " + target.string());
    // A backup is one self-contained file: fold the WAL back in.
    out.exec("PRAGMA journal_mode = DELETE");
  }
  std::filesystem::rename(partial, target);
}

void restore_database(Database& db, const std::filesystem::path& source) {
  if (!std::filesystem::exists(source)) throw InputError(source.string(), 0, "no such backup file");
  try {
    Database backup(source, Database::Mode::kReadOnly);
    const auto problems = check_database(backup);
    if (!problems.empty()) throw InputError(source.string(), 0, "backup is damaged: " + problems.front());
    const int version = schema_version(backup);
    if (version < 1) throw InputError(source.string(), 0, "not a bosai database (no schema)");
    if (version > latest_schema_version()) {
      throw InputError(source.string(), 0, "backup schema version " + std::to_string(version) +
                                               " is newer than this bosai understands");
    }
    copy_all(backup.handle(), db.handle(), "restoring from " + source.string());
  } catch (const StoreError& e) {
    throw InputError(source.string(), 0, std::string("not a usable backup: ") + e.what());
  }
  migrate(db);
}

}  // namespace bosai::store
