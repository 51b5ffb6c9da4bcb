#pragma once
#include "store/shelter_repository.h"

namespace bosai::store {

class Database;

class SqliteShelterRepository final : public ShelterRepository {
 public:
  explicit SqliteShelterRepository(Database& db) : db_(db) {}

  void save(const std::vector<Shelter>& shelters) override;
  std::vector<Shelter> list() const override;
  std::vector<Shelter> list_in_district(const std::string& district_code) const override;
  std::optional<Shelter> find(const std::string& id) const override;
  long count() const override;

  void record_status(const std::string& shelter_id, const StatusChange& change) override;
  std::vector<StatusChange> status_history(const std::string& shelter_id) const override;
  std::vector<std::pair<std::string, StatusChange>> current_statuses() const override;

 private:
  std::vector<Shelter> query(const std::string& where, const std::string& parameter) const;
  Database& db_;
};

}  // namespace bosai::store
