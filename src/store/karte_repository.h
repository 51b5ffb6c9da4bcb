#pragma once
#include "core/karte.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// Where the 防災カルテ live: one record per (edition, 地区), its figures beside it. Editions are never merged:
// a new year is a new edition, and the old ones stay for comparison.
class KarteRepository {
 public:
  virtual ~KarteRepository() = default;

  // Stores the karte of one 地区 in one edition, replacing what that edition held for the 地区 (re-importing an
  // edition corrects it; other editions are untouched).
  virtual void save(const DistrictKarte& karte) = 0;
  // Every edition label, oldest first.
  virtual std::vector<std::string> editions() const = 0;
  virtual std::optional<DistrictKarte> find(const std::string& edition, const std::string& district_code) const = 0;
  // The editions that hold a karte for the 地区, oldest first.
  virtual std::vector<std::string> editions_of(const std::string& district_code) const = 0;
};

}  // namespace bosai::store
