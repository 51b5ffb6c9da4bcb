#pragma once
#include "core/shelter.h"
#include "core/shelter_lifecycle.h"
#include "core/shelter_kind.h"
#include "core/ward_structure.h"

#include <array>
#include <string>
#include <vector>

namespace bosai::report {

// One 地区's shelters in figures: how many of each kind, and how many people the places where people stay
// (指定避難所, 福祉避難所, 予備避難所) hold. Estimated capacities are counted apart so nobody mistakes them for
// the ward's figures; shelters without any figure are counted too (they are the gap to close).
struct DistrictShelterSummary {
  std::string code;  // empty: shelters outside every known 地区
  std::string name;
  std::array<long, kAllShelterKinds.size()> by_kind{};  // indexed like kAllShelterKinds
  long capacity_stated = 0;     // 公表値 + 運営委員会
  long capacity_estimated = 0;  // 推計 (floor area ÷ 3.3 m²)
  long without_capacity = 0;    // staying shelters with no figure at all
  long capacity() const { return capacity_stated + capacity_estimated; }
  long infection_control_capacity() const;  // about a third, under infection control
};

struct ShelterSummary {
  std::string ward_name;
  std::string as_of;  // ISO date: shelters not in effect on this day are left out
  std::vector<DistrictShelterSummary> districts;  // in the ward's 地区 order, then "outside" if any
  DistrictShelterSummary total;
};

ShelterSummary summarise_shelters(const WardStructure& ward, const std::vector<Shelter>& shelters,
                                  const std::string& as_of);

}  // namespace bosai::report
