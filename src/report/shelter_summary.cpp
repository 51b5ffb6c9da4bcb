#include "report/shelter_summary.h"

#include <algorithm>
#include <map>

namespace bosai::report {
namespace {

std::size_t kind_index(ShelterKind k) {
  return static_cast<std::size_t>(std::find(kAllShelterKinds.begin(), kAllShelterKinds.end(), k) -
                                  kAllShelterKinds.begin());
}

void add(DistrictShelterSummary& d, const Shelter& s) {
  ++d.by_kind[kind_index(s.kind)];
  if (!is_staying_shelter(s.kind)) return;
  if (!s.capacity) {
    ++d.without_capacity;
  } else if (s.capacity->source == CapacitySource::kEstimate) {
    d.capacity_estimated += s.capacity->people;
  } else {
    d.capacity_stated += s.capacity->people;
  }
}

}  // namespace

long DistrictShelterSummary::infection_control_capacity() const { return bosai::infection_control_capacity(capacity()); }

ShelterSummary summarise_shelters(const WardStructure& ward, const std::vector<Shelter>& shelters,
                                  const std::string& as_of) {
  ShelterSummary out;
  out.ward_name = ward.ward.name;
  out.as_of = as_of;
  std::map<std::string, std::size_t> index;
  for (const auto& d : ward.districts) {
    index[d.code] = out.districts.size();
    out.districts.push_back(DistrictShelterSummary{d.code, d.name, {}, 0, 0, 0});
  }
  DistrictShelterSummary outside{"", "地区外・未設定", {}, 0, 0, 0};
  out.total.name = "合計";
  for (const auto& s : shelters) {
    if (!in_effect(s, as_of)) continue;
    auto it = index.find(s.district_code);
    add(it == index.end() ? outside : out.districts[it->second], s);
    add(out.total, s);
  }
  if (std::any_of(outside.by_kind.begin(), outside.by_kind.end(), [](long n) { return n > 0; })) {
    out.districts.push_back(outside);
  }
  return out;
}

}  // namespace bosai::report
