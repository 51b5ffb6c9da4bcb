#pragma once
#include "store/store_error.h"

#include <string>

struct sqlite3;

namespace bosai::store {

// StoreError with SQLite's message for `code` on `db` (or the generic text when there is no connection).
[[noreturn]] void throw_store_error(sqlite3* db, int code, const std::string& context);

}  // namespace bosai::store
