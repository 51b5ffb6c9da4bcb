#pragma once
#include "core/association.h"
#include "core/chome.h"
#include "core/district.h"
#include "core/region.h"
#include "core/ward.h"

#include <vector>

namespace bosai {

// A whole ward's structure as data: other wards differ, so nothing about it is in code.
struct WardStructure {
  Ward ward;
  std::vector<Region> regions;
  std::vector<District> districts;
  std::vector<Chome> chome;
  std::vector<Association> associations;
};

}  // namespace bosai
