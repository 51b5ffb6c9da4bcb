#pragma once
#include "store/people_repository.h"

namespace bosai::store {

class Database;

class SqlitePeopleRepository final : public PeopleRepository {
 public:
  explicit SqlitePeopleRepository(Database& db) : db_(db) {}

  std::optional<StoredKeyParams> key_params() const override;
  void save_key_params(const StoredKeyParams& params) override;
  long long upsert(const StoredPerson& person) override;
  std::optional<StoredPerson> find(long long id) const override;
  std::vector<StoredPerson> list(const PersonFilter& filter) const override;
  long long count() const override;

 private:
  Database& db_;
};

}  // namespace bosai::store
