// Protects the per-地区 figures the summary and the overview print: estimates kept apart from stated
// capacities, only staying shelters counted for capacity, lifecycle dates honoured, unknown 地区 listed apart.
#include "report/overview.h"
#include "report/shelter_summary.h"

#include <gtest/gtest.h>

using namespace bosai;

namespace {

Shelter shelter(std::string id, ShelterKind kind, std::string district, std::optional<Capacity> capacity = {}) {
  Shelter s;
  s.id = std::move(id);
  s.kind = kind;
  s.name = "避難所" + s.id;
  s.district_code = std::move(district);
  s.position = GeoPoint{35.6, 139.6};
  s.capacity = std::move(capacity);
  return s;
}

WardStructure ward() {
  WardStructure w;
  w.ward = Ward{"131121", "世田谷区", "", ""};
  w.districts = {District{"kyodo", "r", "経堂", "", "", ""}, District{"seijo", "r", "成城", "", "", ""}};
  return w;
}

}  // namespace

TEST(ShelterSummary, CountsKindsAndSeparatesEstimates) {
  const std::vector<Shelter> shelters = {
      shelter("a", ShelterKind::kDesignated, "kyodo", Capacity{800, CapacitySource::kOfficial, ""}),
      shelter("b", ShelterKind::kDesignated, "kyodo", estimate_capacity(990, "")),
      shelter("c", ShelterKind::kWelfare, "kyodo"),
      shelter("d", ShelterKind::kEmergencySite, "kyodo", Capacity{5000, CapacitySource::kOfficial, ""}),
      shelter("e", ShelterKind::kGatheringPoint, "", {}),
  };
  const auto s = report::summarise_shelters(ward(), shelters, "2026-12-01");
  ASSERT_EQ(s.districts.size(), 3u);  // 経堂, 成城, and the shelters outside every 地区
  const auto& kyodo = s.districts[0];
  EXPECT_EQ(kyodo.by_kind[1], 2);  // 指定避難所
  EXPECT_EQ(kyodo.by_kind[3], 1);  // 福祉避難所
  EXPECT_EQ(kyodo.capacity_stated, 800);  // the emergency site's figure is not a place to stay
  EXPECT_EQ(kyodo.capacity_estimated, 300);
  EXPECT_EQ(kyodo.without_capacity, 1);
  EXPECT_EQ(kyodo.infection_control_capacity(), 366);
  EXPECT_EQ(s.districts[2].name, "地区外・未設定");
  EXPECT_EQ(s.districts[2].by_kind[0], 1);
  EXPECT_EQ(s.total.capacity(), 1100);
}

TEST(ShelterSummary, LifecycleDatesDecideWhatCounts) {
  auto closing = shelter("old", ShelterKind::kDesignated, "seijo");
  closing.effective_to = "2027-03-31";
  auto opening = shelter("new", ShelterKind::kDesignated, "seijo");
  opening.effective_from = "2027-04-01";
  const std::vector<Shelter> shelters = {closing, opening};
  EXPECT_EQ(report::summarise_shelters(ward(), shelters, "2027-03-31").districts[1].by_kind[1], 1);
  EXPECT_EQ(report::summarise_shelters(ward(), shelters, "2027-04-01").districts[1].by_kind[1], 1);
  EXPECT_TRUE(in_effect(closing, "2027-03-31"));
  EXPECT_FALSE(in_effect(closing, "2027-04-01"));
  EXPECT_FALSE(in_effect(opening, "2027-03-31"));
}

TEST(ShelterOverview, EscapesNamesCountsOnlyShelterInEffectAndCarriesTheMap) {
  auto w = ward();
  w.ward.name = "<script>alert(1)</script>区";
  auto gone = shelter("gone", ShelterKind::kDesignated, "kyodo");
  gone.effective_to = "2020-01-01";
  const std::vector<Shelter> shelters = {shelter("a", ShelterKind::kWideArea, "kyodo"), gone,
                                         shelter("E1311200002111", ShelterKind::kDesignated, "kyodo")};
  const auto html = report::overview_html(report::summarise_shelters(w, shelters, "2026-12-01"), shelters,
                                          "<img src=\"overview-map\">");
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("時点で有効な避難所 2 か所"), std::string::npos) << html;
  EXPECT_NE(html.find("<div class=\"map\"><img src=\"overview-map\"></div>"), std::string::npos);
}
