#include "store/sqlite/transaction.h"

#include "store/sqlite/database.h"
#include "store/store_error.h"

#include <sqlite3.h>

namespace bosai::store {
namespace {

bool in_transaction(const Database& db) { return sqlite3_get_autocommit(db.handle()) == 0; }

// One name serves every level: SQLite resolves ROLLBACK TO and RELEASE to the innermost savepoint of that name.
constexpr const char* kSavepoint = "bosai_unit";

}  // namespace

Transaction::Transaction(Database& db) : db_(db), nested_(in_transaction(db)) {
  db_.exec(nested_ ? std::string("SAVEPOINT ") + kSavepoint : std::string("BEGIN IMMEDIATE"));
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    if (!nested_) {
      db_.set_transaction_abandoned(false);
      db_.exec("ROLLBACK");
    } else if (in_transaction(db_)) {
      db_.exec(std::string("ROLLBACK TO ") + kSavepoint + "; RELEASE " + kSavepoint);
    } else {
      db_.set_transaction_abandoned(true);
      db_.exec("BEGIN IMMEDIATE");
    }
  } catch (...) {
    // SQLite has already rolled back on its own after some errors; nothing more can be done in a destructor.
  }
}

void Transaction::commit() {
  if (nested_) {
    db_.exec(std::string("RELEASE ") + kSavepoint);
    open_ = false;
    return;
  }
  if (db_.transaction_abandoned()) {
    open_ = false;
    db_.set_transaction_abandoned(false);
    db_.exec("ROLLBACK");
    throw StoreError(db_.file().string() +
                         ": the unit of work was rolled back: a step inside it failed and SQLite abandoned the "
                         "transaction",
                     SQLITE_ABORT);
  }
  db_.exec("COMMIT");
  open_ = false;
}

}  // namespace bosai::store
