#pragma once
#include "store/storm_call_repository.h"

namespace bosai::store {

class Database;

class SqliteStormCallRepository final : public StormCallRepository {
 public:
  explicit SqliteStormCallRepository(Database& db) : db_(db) {}

  long long open_round(const StormRound& round, const std::vector<StormCallEntry>& calls) override;
  std::optional<StormRound> latest_round() const override;
  std::vector<StormCallEntry> calls(long long round_id) const override;
  bool record(long long round_id, long long person_id, const std::string& outcome, const std::string& sealed_note,
              const std::string& at, const std::string& by) override;

 private:
  Database& db_;
};

}  // namespace bosai::store
