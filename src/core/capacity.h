#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bosai {

// Where a capacity figure comes from. GSI publishes none, so every figure must say whose it is: an estimate
// is printed as an estimate, never passed off as the ward's number.
enum class CapacitySource {
  kOfficial,   // the ward's published figure (区の公表値)
  kCommittee,  // the 避難所運営委員会's own count
  kEstimate,   // floor area ÷ 3.3 m² a person
};

std::string_view capacity_source_label(CapacitySource s);  // 公表値 / 運営委員会 / 推計
std::string_view capacity_source_key(CapacitySource s);    // official / committee / estimate
std::optional<CapacitySource> parse_capacity_source(std::string_view text);

// People a shelter holds, with its source and the date it was stated (ISO yyyy-mm-dd, may be empty).
struct Capacity {
  long people = 0;
  CapacitySource source = CapacitySource::kOfficial;
  std::string as_of;
  bool operator==(const Capacity&) const = default;
};

// The common planning figure for living space in a shelter.
inline constexpr double kSquareMetresPerPerson = 3.3;
// Floor area (m²) → estimated capacity, labelled as an estimate.
Capacity estimate_capacity(double floor_area_m2, std::string as_of);

// Under infection control a shelter holds about a third of its usual number (domain primer).
inline long infection_control_capacity(long people) { return people / 3; }

}  // namespace bosai
