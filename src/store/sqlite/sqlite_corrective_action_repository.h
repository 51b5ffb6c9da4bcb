#pragma once
#include "store/corrective_action_repository.h"

namespace bosai::store {

class Database;

class SqliteCorrectiveActionRepository final : public CorrectiveActionRepository {
 public:
  explicit SqliteCorrectiveActionRepository(Database& db) : db_(db) {}

  long add(const CorrectiveAction& action) override;
  std::optional<CorrectiveAction> find(long id) const override;
  std::vector<CorrectiveAction> list() const override;
  void close(long id, std::optional<long> closed_by_drill, const std::string& closed_on,
             const std::string& note) override;

 private:
  Database& db_;
};

}  // namespace bosai::store
