#include "store/sqlite/database.h"

#include "store/store_error.h"

#include <sqlite3.h>

#include <utility>

namespace bosai::store {

Database::Database(const std::filesystem::path& file, Mode mode) : file_(file) {
  int flags = SQLITE_OPEN_FULLMUTEX;
  switch (mode) {
    case Mode::kReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::kCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::kReadOnly: flags |= SQLITE_OPEN_READONLY; break;
  }
  const int rc = sqlite3_open_v2(file.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError("cannot open database " + file.string() + ": " + detail, rc);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);
  try {
    // A non-database file only shows itself on first read: touch the schema now so the user hears it here.
    exec("PRAGMA foreign_keys = ON");
    if (mode != Mode::kReadOnly) exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    prepare("SELECT count(*) FROM sqlite_schema").step();
  } catch (...) {
    sqlite3_close_v2(db_);  // the destructor does not run for a constructor that throws
    db_ = nullptr;
    throw;
  }
}

Database::~Database() { sqlite3_close_v2(db_); }

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      file_(std::move(other.file_)),
      transaction_abandoned_(std::exchange(other.transaction_abandoned_, false)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close_v2(db_);
    db_ = std::exchange(other.db_, nullptr);
    file_ = std::move(other.file_);
    transaction_abandoned_ = std::exchange(other.transaction_abandoned_, false);
  }
  return *this;
}

void Database::exec(const std::string& sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    std::string detail = error ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw StoreError(file_.string() + ": " + detail, rc);
  }
}

Statement Database::prepare(const std::string& sql) { return Statement(db_, sql); }

long long Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

}  // namespace bosai::store
