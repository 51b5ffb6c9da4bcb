#pragma once
#include "routing/assignment/population_unit.h"
#include "routing/assignment/shelter_slot.h"

#include <filesystem>
#include <string>
#include <vector>

namespace bosai::routing::assignment {

// A shelter read for `bosai assign`: the slot plus the name people know it by.
struct NamedShelter {
  ShelterSlot slot;
  std::string name;
};

// UTF-8 CSV (BOM and CRLF allowed) with header `id,lat,lon,count,needs_care`; needs_care is 1/0,
// true/false or yes/no (blank = no). Bad rows → InputError naming file, line and column.
std::vector<PopulationUnit> read_population_units(const std::filesystem::path& file);

// Shelters from a GSI CSV (columns 共通ID, 施設・場所名, 緯度, 経度; a 共通ID whose subtype digit is 2 is
// a 福祉避難所 and takes people needing care) with capacities from a second CSV `id,capacity[,accepts_care]`
// keyed by 共通ID (GSI publishes no capacities). A shelter missing from the capacity file is an InputError:
// a silent zero would send nobody there without saying why.
std::vector<NamedShelter> read_gsi_shelters(const std::filesystem::path& gsi_csv,
                                            const std::filesystem::path& capacity_csv);

}  // namespace bosai::routing::assignment
