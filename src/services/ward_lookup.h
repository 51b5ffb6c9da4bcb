#pragma once
#include "core/association.h"
#include "core/district.h"
#include "core/ward_structure.h"
#include "store/store.h"

#include <string>
#include <vector>

namespace bosai::services {

// One rule everywhere for naming a 地区 or 町会: by code or by name (池尻 or ikejiri), exact match. An unknown
// one is a NotFoundError on field "district" / "association" listing what exists, never a silent empty result.
District find_district(const WardStructure& ward, const std::string& code_or_name);
Association find_association(const WardStructure& ward, const std::string& code_or_name);
District find_district(store::Store& store, const std::string& code_or_name);
Association find_association(store::Store& store, const std::string& code_or_name);

// Each of several 地区 resolved to its code (e.g. a storm round's affected area).
std::vector<std::string> district_codes(store::Store& store, const std::vector<std::string>& codes_or_names);

}  // namespace bosai::services
