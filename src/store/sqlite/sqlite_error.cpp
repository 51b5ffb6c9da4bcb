#include "store/sqlite/sqlite_error.h"

#include <sqlite3.h>

namespace bosai::store {

void throw_store_error(sqlite3* db, int code, const std::string& context) {
  const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
  throw StoreError(context + ": " + detail, code);
}

}  // namespace bosai::store
