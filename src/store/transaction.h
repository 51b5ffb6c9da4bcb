#pragma once

namespace bosai::store {

class Database;

// Every multi-row change runs inside one of these: either commit() is reached and all of it lands, or the
// destructor rolls everything back (an exception, an early return, a bad row found late in a file).
// BEGIN IMMEDIATE takes the write lock up front so two writers never deadlock half-way.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace bosai::store
