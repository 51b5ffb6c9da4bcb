#pragma once
#include "store/ward_repository.h"

namespace bosai::store {

class Database;

class SqliteWardRepository final : public WardRepository {
 public:
  explicit SqliteWardRepository(Database& db) : db_(db) {}

  void save(const WardStructure& structure) override;
  WardStructure load() const override;
  std::optional<District> find_district(const std::string& code) const override;

 private:
  Database& db_;
};

}  // namespace bosai::store
