#pragma once
#include "store/drill_repository.h"

namespace bosai::store {

class Database;

class SqliteDrillRepository final : public DrillRepository {
 public:
  explicit SqliteDrillRepository(Database& db) : db_(db) {}

  long create(const StoredDrill& drill) override;
  std::optional<StoredDrill> find(long id) const override;
  std::vector<StoredDrill> list() const override;
  long append(long drill_id, const DrillEvent& event) override;
  std::vector<DrillEvent> events(long drill_id) const override;

 private:
  Database& db_;
};

}  // namespace bosai::store
