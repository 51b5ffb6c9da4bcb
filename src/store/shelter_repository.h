#pragma once
#include "core/shelter.h"
#include "core/shelter_status.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// Where shelters and their status history live. Abstract so a shared PostgreSQL backend can stand beside SQLite.
class ShelterRepository {
 public:
  virtual ~ShelterRepository() = default;

  // Inserts or replaces each record by id. The caller decides what changed (an import merges first).
  virtual void save(const std::vector<Shelter>& shelters) = 0;
  // Every shelter (ordered by id), or only those of one 地区.
  virtual std::vector<Shelter> list() const = 0;
  virtual std::vector<Shelter> list_in_district(const std::string& district_code) const = 0;
  virtual std::optional<Shelter> find(const std::string& id) const = 0;
  virtual long count() const = 0;

  virtual void record_status(const std::string& shelter_id, const StatusChange& change) = 0;
  // Oldest first.
  virtual std::vector<StatusChange> status_history(const std::string& shelter_id) const = 0;
  // The latest change of each shelter that has one.
  virtual std::vector<std::pair<std::string, StatusChange>> current_statuses() const = 0;
};

}  // namespace bosai::store
