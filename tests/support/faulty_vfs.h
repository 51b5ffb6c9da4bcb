#pragma once
#include <sqlite3.h>

namespace bosai::test {

// Fault injection the SQLite way: a VFS that passes every call to the default one but fails the Nth write,
// sync or truncate (counted over every file a connection touches: database, WAL, journal) with SQLITE_IOERR,
// as a disk that fills up or goes away would. While it lives it is the default VFS, so the code under test
// opens its store exactly as in production. One at a time; not thread-safe (tests drive it from one thread).
class FaultyVfs {
 public:
  FaultyVfs();
  ~FaultyVfs();
  FaultyVfs(const FaultyVfs&) = delete;
  FaultyVfs& operator=(const FaultyVfs&) = delete;

  // Counting starts afresh: operation `n` (1-based) fails, and with `persistent` every one after it too
  // (a device gone for good); otherwise only that one (a transient error).
  void fail_at(long n, bool persistent);
  // Back to passing everything through.
  void disarm();
  // Whether a fault was injected since the last fail_at().
  bool fired() const { return fired_; }

  // Called by the VFS's file methods: SQLITE_OK, or the error to report for this operation.
  int next_operation(int error_code);

 private:
  sqlite3_vfs vfs_{};
  sqlite3_vfs* real_ = nullptr;
  bool armed_ = false;
  bool persistent_ = false;
  bool fired_ = false;
  long remaining_ = 0;
};

}  // namespace bosai::test
