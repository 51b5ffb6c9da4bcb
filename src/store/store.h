#pragma once
#include <filesystem>
#include <functional>
#include <memory>

namespace bosai::store {

class WardRepository;
class ShelterRepository;

// The whole persistent state, behind an interface: SQLite today, a shared PostgreSQL/PostGIS backend later.
// Domain code talks to repositories; it never sees SQL.
class Store {
 public:
  virtual ~Store() = default;

  virtual WardRepository& wards() = 0;
  virtual ShelterRepository& shelters() = 0;

  // Runs `work` atomically: everything it wrote lands, or (on an exception) nothing does.
  virtual void atomically(const std::function<void()>& work) = 0;
};

// Opens (and with create=true, creates) the SQLite store and brings its schema to the latest version.
std::unique_ptr<Store> open_sqlite_store(const std::filesystem::path& file, bool create = false);

}  // namespace bosai::store
