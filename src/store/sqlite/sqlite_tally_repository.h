#pragma once
#include "store/tally_repository.h"

namespace bosai::store {

class Database;

class SqliteTallyRepository final : public TallyRepository {
 public:
  explicit SqliteTallyRepository(Database& db) : db_(db) {}

  long create(const TallyDrill& drill) override;
  std::optional<TallyDrill> find(long id) const override;
  std::vector<TallyDrill> list() const override;
  void add_counts(long drill_id, const std::vector<TallyCount>& counts) override;
  std::vector<TallyCount> counts(long drill_id) const override;

 private:
  std::vector<TallyBlock> blocks(long drill_id) const;
  Database& db_;
};

}  // namespace bosai::store
