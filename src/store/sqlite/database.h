#pragma once
#include "store/sqlite/statement.h"

#include <filesystem>
#include <string>
#include <vector>

struct sqlite3;

namespace bosai::store {

// An open SQLite database configured the way every part of bosai relies on: WAL journal, foreign keys
// enforced, a busy timeout so a second process waits instead of failing. Owns the connection (RAII).
class Database {
 public:
  enum class Mode { kReadWrite, kCreate, kReadOnly };

  explicit Database(const std::filesystem::path& file, Mode mode = Mode::kReadWrite);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;

  // Runs one or more statements that return no rows.
  void exec(const std::string& sql);
  Statement prepare(const std::string& sql);

  long long last_insert_rowid() const;
  int changes() const;
  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_; }

  // Set while an inner Transaction has found SQLite abandoned the enclosing one (see Transaction).
  bool transaction_abandoned() const { return transaction_abandoned_; }
  void set_transaction_abandoned(bool abandoned) { transaction_abandoned_ = abandoned; }

 private:
  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
  bool transaction_abandoned_ = false;
};

}  // namespace bosai::store
