#include "core/capacity.h"

#include "core/enum_names.h"

#include <cmath>

namespace bosai {

std::string_view capacity_source_label(CapacitySource s) {
  switch (s) {
    case CapacitySource::kOfficial: return "公表値";
    case CapacitySource::kCommittee: return "運営委員会";
    case CapacitySource::kEstimate: return "推計";
  }
  return "";
}

std::string_view capacity_source_key(CapacitySource s) {
  switch (s) {
    case CapacitySource::kOfficial: return "official";
    case CapacitySource::kCommittee: return "committee";
    case CapacitySource::kEstimate: return "estimate";
  }
  return "";
}

std::optional<CapacitySource> parse_capacity_source(std::string_view text) {
  constexpr CapacitySource kAll[] = {CapacitySource::kOfficial, CapacitySource::kCommittee, CapacitySource::kEstimate};
  return parse_enum_name(text, kAll, capacity_source_label, capacity_source_key);
}

Capacity estimate_capacity(double floor_area_m2, std::string as_of) {
  return Capacity{static_cast<long>(std::floor(floor_area_m2 / kSquareMetresPerPerson)), CapacitySource::kEstimate,
                  std::move(as_of)};
}

}  // namespace bosai
