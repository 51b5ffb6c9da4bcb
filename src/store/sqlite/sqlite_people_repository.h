#pragma once
#include "store/people_repository.h"

namespace bosai::store {

class Database;

class SqlitePeopleRepository final : public PeopleRepository {
 public:
  explicit SqlitePeopleRepository(Database& db) : db_(db) {}

  std::optional<StoredKeyParams> key_params() override;
  void save_key_params(const StoredKeyParams& params) override;
  long long upsert(const StoredPerson& person) override;
  std::optional<StoredPerson> find(long long id) override;
  std::vector<StoredPerson> list(const PersonFilter& filter) override;
  long long count() override;

 private:
  Database& db_;
};

}  // namespace bosai::store
