#pragma once
#include <stdexcept>
#include <string>

struct sqlite3;

namespace bosai::store {

// A failure inside the store (I/O, corruption, constraint): carries SQLite's own message and code.
class StoreError : public std::runtime_error {
 public:
  StoreError(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

[[noreturn]] void throw_store_error(sqlite3* db, int code, const std::string& context);

}  // namespace bosai::store
