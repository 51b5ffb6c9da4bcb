#pragma once

namespace bosai::store {

class Database;

// Every multi-row change runs inside one of these: either commit() is reached and all of it lands, or the
// destructor rolls everything back (an exception, an early return, a bad row found late in a file).
//
// Transactions nest, so a unit of work can call services that open their own. The outermost is
// BEGIN IMMEDIATE (it takes the write lock up front so two writers never deadlock half-way); an inner one is
// a SAVEPOINT, which commit() releases into the enclosing transaction and the destructor rolls back alone.
//
// After some errors (I/O, disk full) SQLite abandons the whole transaction, not only the failed statement. An
// inner transaction that finds its enclosing one gone opens a stand-in so the outer's later writes cannot
// autocommit one by one, and the outermost commit() then rolls it all back and throws: the unit of work lands
// whole or not at all even when its code catches the inner failure.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();

 private:
  Database& db_;
  bool nested_;
  bool open_ = true;
};

}  // namespace bosai::store
