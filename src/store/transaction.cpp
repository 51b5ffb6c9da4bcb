#include "store/transaction.h"

#include "store/database.h"

namespace bosai::store {

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!open_) return;
  try {
    db_.exec("ROLLBACK");
  } catch (...) {
    // SQLite has already rolled back on its own after some errors; nothing more can be done in a destructor.
  }
}

void Transaction::commit() {
  db_.exec("COMMIT");
  open_ = false;
}

}  // namespace bosai::store
