#pragma once
#include "store/database.h"
#include "store/sqlite/sqlite_shelter_repository.h"
#include "store/sqlite/sqlite_ward_repository.h"
#include "store/store.h"

namespace bosai::store {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(Database db);

  WardRepository& wards() override { return wards_; }
  ShelterRepository& shelters() override { return shelters_; }
  void atomically(const std::function<void()>& work) override;

  Database& database() { return db_; }

 private:
  Database db_;
  SqliteWardRepository wards_;
  SqliteShelterRepository shelters_;
};

}  // namespace bosai::store
