#pragma once
#include "core/ward_structure.h"

#include <optional>
#include <string>

namespace bosai::store {

// Where the ward structure lives. Abstract so a shared PostgreSQL backend can stand beside SQLite.
class WardRepository {
 public:
  virtual ~WardRepository() = default;

  // Inserts or updates every record by code (re-running `bosai init` after editing plans/ is safe).
  // Records missing from `structure` are kept: deleting a 地区 is a deliberate act, not a side effect.
  virtual void save(const WardStructure& structure) = 0;
  virtual WardStructure load() const = 0;
  virtual std::optional<District> find_district(const std::string& code) const = 0;
};

}  // namespace bosai::store
