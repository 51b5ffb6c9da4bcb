#include "support/faulty_vfs.h"

#include <stdexcept>

namespace bosai::test {
namespace {

FaultyVfs* active = nullptr;

// The wrapper's file: our methods in front, the real VFS's file right behind it (szOsFile makes room).
struct FaultyFile {
  sqlite3_file base;
  sqlite3_file* real;
};

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<FaultyFile*>(f)->real; }

int file_close(sqlite3_file* f) { return real_of(f)->pMethods->xClose(real_of(f)); }
int file_read(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
  return real_of(f)->pMethods->xRead(real_of(f), buf, amount, offset);
}
int file_write(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
  if (const int rc = active->next_operation(SQLITE_IOERR_WRITE)) return rc;
  return real_of(f)->pMethods->xWrite(real_of(f), buf, amount, offset);
}
int file_truncate(sqlite3_file* f, sqlite3_int64 size) {
  if (const int rc = active->next_operation(SQLITE_IOERR_TRUNCATE)) return rc;
  return real_of(f)->pMethods->xTruncate(real_of(f), size);
}
int file_sync(sqlite3_file* f, int flags) {
  if (const int rc = active->next_operation(SQLITE_IOERR_FSYNC)) return rc;
  return real_of(f)->pMethods->xSync(real_of(f), flags);
}
int file_size(sqlite3_file* f, sqlite3_int64* size) { return real_of(f)->pMethods->xFileSize(real_of(f), size); }
int file_lock(sqlite3_file* f, int level) { return real_of(f)->pMethods->xLock(real_of(f), level); }
int file_unlock(sqlite3_file* f, int level) { return real_of(f)->pMethods->xUnlock(real_of(f), level); }
int file_check_reserved(sqlite3_file* f, int* out) {
  return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out);
}
int file_control(sqlite3_file* f, int op, void* arg) { return real_of(f)->pMethods->xFileControl(real_of(f), op, arg); }
int file_sector_size(sqlite3_file* f) { return real_of(f)->pMethods->xSectorSize(real_of(f)); }
int file_device(sqlite3_file* f) { return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f)); }
int file_shm_map(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return real_of(f)->pMethods->xShmMap(real_of(f), region, size, extend, out);
}
int file_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
  return real_of(f)->pMethods->xShmLock(real_of(f), offset, n, flags);
}
void file_shm_barrier(sqlite3_file* f) { real_of(f)->pMethods->xShmBarrier(real_of(f)); }
int file_shm_unmap(sqlite3_file* f, int delete_flag) { return real_of(f)->pMethods->xShmUnmap(real_of(f), delete_flag); }
int file_fetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
  return real_of(f)->pMethods->xFetch(real_of(f), offset, amount, out);
}
int file_unfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) {
  return real_of(f)->pMethods->xUnfetch(real_of(f), offset, p);
}

// Version 3 (WAL shared memory and memory-mapped I/O included); a real file without the shared-memory methods
// never gets here because SQLite then refuses WAL mode before using them.
const sqlite3_io_methods kMethods = {3,
                                     file_close,
                                     file_read,
                                     file_write,
                                     file_truncate,
                                     file_sync,
                                     file_size,
                                     file_lock,
                                     file_unlock,
                                     file_check_reserved,
                                     file_control,
                                     file_sector_size,
                                     file_device,
                                     file_shm_map,
                                     file_shm_lock,
                                     file_shm_barrier,
                                     file_shm_unmap,
                                     file_fetch,
                                     file_unfetch};

sqlite3_vfs* real_vfs(sqlite3_vfs* vfs) { return static_cast<sqlite3_vfs*>(vfs->pAppData); }

int vfs_open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* out_flags) {
  auto* wrapper = reinterpret_cast<FaultyFile*>(file);
  wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
  const int rc = real_vfs(vfs)->xOpen(real_vfs(vfs), name, wrapper->real, flags, out_flags);
  // SQLite calls xClose only when pMethods is set, so leave it unset when the real file did not open.
  wrapper->base.pMethods = wrapper->real->pMethods ? &kMethods : nullptr;
  return rc;
}
int vfs_delete(sqlite3_vfs* vfs, const char* name, int sync_dir) {
  return real_vfs(vfs)->xDelete(real_vfs(vfs), name, sync_dir);
}
int vfs_access(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
  return real_vfs(vfs)->xAccess(real_vfs(vfs), name, flags, out);
}
int vfs_full_pathname(sqlite3_vfs* vfs, const char* name, int size, char* out) {
  return real_vfs(vfs)->xFullPathname(real_vfs(vfs), name, size, out);
}
int vfs_randomness(sqlite3_vfs* vfs, int size, char* out) {
  return real_vfs(vfs)->xRandomness(real_vfs(vfs), size, out);
}
int vfs_sleep(sqlite3_vfs* vfs, int microseconds) { return real_vfs(vfs)->xSleep(real_vfs(vfs), microseconds); }
int vfs_current_time(sqlite3_vfs* vfs, double* out) { return real_vfs(vfs)->xCurrentTime(real_vfs(vfs), out); }
int vfs_last_error(sqlite3_vfs* vfs, int size, char* out) {
  return real_vfs(vfs)->xGetLastError(real_vfs(vfs), size, out);
}
int vfs_current_time_int64(sqlite3_vfs* vfs, sqlite3_int64* out) {
  return real_vfs(vfs)->xCurrentTimeInt64(real_vfs(vfs), out);
}

}  // namespace

FaultyVfs::FaultyVfs() : real_(sqlite3_vfs_find(nullptr)) {
  if (active) throw std::logic_error("only one FaultyVfs at a time");
  if (!real_ || real_->iVersion < 2) throw std::runtime_error("the default SQLite VFS is too old to wrap");
  vfs_.iVersion = 2;
  vfs_.szOsFile = static_cast<int>(sizeof(FaultyFile)) + real_->szOsFile;
  vfs_.mxPathname = real_->mxPathname;
  vfs_.zName = "bosai-faulty";
  vfs_.pAppData = real_;
  vfs_.xOpen = vfs_open;
  vfs_.xDelete = vfs_delete;
  vfs_.xAccess = vfs_access;
  vfs_.xFullPathname = vfs_full_pathname;
  vfs_.xRandomness = vfs_randomness;
  vfs_.xSleep = vfs_sleep;
  vfs_.xCurrentTime = vfs_current_time;
  vfs_.xGetLastError = vfs_last_error;
  vfs_.xCurrentTimeInt64 = vfs_current_time_int64;
  active = this;
  if (sqlite3_vfs_register(&vfs_, /*makeDflt=*/1) != SQLITE_OK) {
    active = nullptr;
    throw std::runtime_error("cannot register the fault-injecting VFS");
  }
}

FaultyVfs::~FaultyVfs() {
  sqlite3_vfs_unregister(&vfs_);
  active = nullptr;
}

void FaultyVfs::fail_at(long n, bool persistent) {
  armed_ = true;
  persistent_ = persistent;
  fired_ = false;
  remaining_ = n;
}

void FaultyVfs::disarm() { armed_ = false; }

int FaultyVfs::next_operation(int error_code) {
  if (!armed_) return SQLITE_OK;
  if (fired_) return persistent_ ? error_code : SQLITE_OK;
  if (--remaining_ > 0) return SQLITE_OK;
  fired_ = true;
  return error_code;
}

}  // namespace bosai::test
