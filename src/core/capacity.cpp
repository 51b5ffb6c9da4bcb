#include "core/capacity.h"

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
  for (auto s : {CapacitySource::kOfficial, CapacitySource::kCommittee, CapacitySource::kEstimate}) {
    if (text == capacity_source_label(s) || text == capacity_source_key(s)) return s;
  }
  return std::nullopt;
}

Capacity estimate_capacity(double floor_area_m2, std::string as_of) {
  return Capacity{static_cast<long>(std::floor(floor_area_m2 / kSquareMetresPerPerson)), CapacitySource::kEstimate,
                  std::move(as_of)};
}

}  // namespace bosai
