#pragma once
#include "store/karte_repository.h"

namespace bosai::store {

class Database;

class SqliteKarteRepository final : public KarteRepository {
 public:
  explicit SqliteKarteRepository(Database& db) : db_(db) {}

  void save(const DistrictKarte& karte) override;
  std::vector<std::string> editions() const override;
  std::optional<DistrictKarte> find(const std::string& edition, const std::string& district_code) const override;
  std::vector<std::string> editions_of(const std::string& district_code) const override;

 private:
  Database& db_;
};

}  // namespace bosai::store
