#pragma once
#include "store/maintenance.h"

namespace bosai::store {

class Database;

class SqliteMaintenance final : public Maintenance {
 public:
  explicit SqliteMaintenance(Database& db) : db_(db) {}

  int schema_version() const override;
  std::vector<std::string> check() const override;
  void backup(const std::filesystem::path& target) const override;
  void restore(const std::filesystem::path& source) override;

 private:
  Database& db_;
};

}  // namespace bosai::store
