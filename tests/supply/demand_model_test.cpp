// Protects the demand arithmetic the supply plan rests on: rates × people in the group × days, rounded up,
// occupants vs home evacuees, one-off items, and 地区 overrides of group shares.
#include "core/error.h"
#include "supply/demand_model.h"
#include "supply/demand_rates_reader.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

using namespace bosai::supply;

namespace {

const char* kRates = R"(
[groups]
infant = 0.01
[district.old]
infant = 0.002

[[item]]
code = "water"
name = "飲料水"
unit = "L"
per_person_per_day = 3
weight_kg = 1.0
volume_l = 1.1

[[item]]
code = "blanket"
name = "毛布"
unit = "枚"
per_person_per_day = 1
once = true
occupants_only = true
weight_kg = 1.5
volume_l = 15

[[item]]
code = "formula"
name = "乳児用ミルク"
unit = "kg"
group = "infant"
per_person_per_day = 0.14
weight_kg = 1.0
volume_l = 2.5
)";

std::string parse_error(const std::string& text) {
  try {
    parse_demand_rates(text, "rates.toml");
  } catch (const bosai::InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST(DemandModel, WaterIsThreeLitresPerPersonPerDayForOccupantsAndHomeEvacuees) {
  const auto rates = parse_demand_rates(kRates, "rates.toml");
  const auto d = compute_demand({"s1", "", 400, 100}, rates, 2);
  EXPECT_EQ(d.quantity.at("water"), 3000);  // (400 + 100) × 3 L × 2 days
}

TEST(DemandModel, BlanketsAreOnceAndOnlyForOccupants) {
  const auto rates = parse_demand_rates(kRates, "rates.toml");
  const auto d = compute_demand({"s1", "", 400, 100}, rates, 3);
  EXPECT_EQ(d.quantity.at("blanket"), 400);
}

TEST(DemandModel, GroupItemsUseTheDistrictShareAndRoundUp) {
  const auto rates = parse_demand_rates(kRates, "rates.toml");
  // ward default: 1000 × 0.01 infants × 0.14 kg = 1.4 kg → 2 units
  EXPECT_EQ(compute_demand({"s1", "", 1000, 0}, rates).quantity.at("formula"), 2);
  // 地区 "old": 1000 × 0.002 × 0.14 = 0.28 kg → 1 unit
  EXPECT_EQ(compute_demand({"s1", "old", 1000, 0}, rates).quantity.at("formula"), 1);
}

TEST(DemandModel, WeightAndVolumeSumOverItems) {
  const auto rates = parse_demand_rates(kRates, "rates.toml");
  const auto d = compute_demand({"s1", "", 100, 0}, rates);
  // water 300 × 1.0 + blankets 100 × 1.5 + formula ceil(100×0.01×0.14)=1 × 1.0
  EXPECT_DOUBLE_EQ(d.weight_kg, 300 + 150 + 1);
  EXPECT_DOUBLE_EQ(d.volume_l, 330 + 1500 + 2.5);
}

TEST(DemandModel, EmptyShelterNeedsNothing) {
  const auto rates = parse_demand_rates(kRates, "rates.toml");
  const auto d = compute_demand({"s1", "", 0, 0}, rates, 3);
  for (const auto& [item, qty] : d.quantity) EXPECT_EQ(qty, 0) << item;
  EXPECT_EQ(d.weight_kg, 0);
}

TEST(DemandRatesReader, ShippedTableHasTheEightBaselineItemsAndWater) {
  const auto rates = read_demand_rates(bosai::test::source_dir() / "plans/supply-rates.toml");
  EXPECT_EQ(rates.items.size(), 9u);
  const auto d = compute_demand({"s", "", 1000, 0}, rates);
  EXPECT_EQ(d.quantity.at("water"), 3000);
  EXPECT_EQ(d.quantity.at("food"), 3000);
}

TEST(DemandRatesReader, MistakesNameTheLineAndKey) {
  EXPECT_NE(parse_error(std::string(kRates) + "\n[[item]]\ncode = \"water\"\nname = \"x\"\nunit = \"L\"\n"
                                              "per_person_per_day = 1\nweight_kg = 1\nvolume_l = 1\n")
                .find("duplicate item 'water'"),
            std::string::npos);
  EXPECT_NE(parse_error("[[item]]\ncode = \"x\"\nname = \"x\"\nunit = \"u\"\ngroup = \"pets\"\n"
                        "per_person_per_day = 1\nweight_kg = 1\nvolume_l = 1\n")
                .find("rates.toml:5: group: unknown group 'pets'"),
            std::string::npos);
  EXPECT_NE(parse_error("[[item]]\ncode = \"x\"\nname = \"x\"\nunit = \"u\"\nper_person_per_day = -1\n"
                        "weight_kg = 1\nvolume_l = 1\n")
                .find("rates.toml:5: per_person_per_day"),
            std::string::npos);
  EXPECT_NE(parse_error("[groups]\ninfant = 2\n[[item]]\n").find("from 0 to 1"), std::string::npos);
}
