// Protects the one rule for naming a 地区 or 町会 (code or name, everywhere) and its error for an unknown one.
#include "services/ward_lookup.h"

#include "core/error.h"
#include "services/sample_ward.h"
#include "store/ward_repository.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

TEST(WardLookup, ByCodeOrByNameTheSameRecord) {
  test::SampleWard ward;
  const auto structure = ward.store().wards().load();
  ASSERT_FALSE(structure.districts.empty());
  const auto& d = structure.districts.front();
  EXPECT_EQ(services::find_district(ward.store(), d.code).code, d.code);
  EXPECT_EQ(services::find_district(ward.store(), d.name).code, d.code);
  ASSERT_FALSE(structure.associations.empty());
  const auto& a = structure.associations.front();
  EXPECT_EQ(services::find_association(ward.store(), a.name).code, a.code);
  EXPECT_EQ(services::district_codes(ward.store(), {d.name, d.code}), (std::vector<std::string>{d.code, d.code}));
}

TEST(WardLookup, AnUnknownOneIsNotFoundNamingTheFieldAndWhatExists) {
  test::SampleWard ward;
  try {
    services::find_district(ward.store(), "no-such-district");
    FAIL();
  } catch (const NotFoundError& e) {
    EXPECT_EQ(e.field(), "district");
    EXPECT_NE(e.message().find("no-such-district"), std::string::npos);
    EXPECT_NE(e.message().find("known are"), std::string::npos);
  }
  EXPECT_THROW(services::find_association(ward.store(), "池尻東"), NotFoundError);  // partial names do not match
}

}  // namespace
}  // namespace bosai
