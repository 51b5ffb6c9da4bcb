// Protects the `init` use case below the CLI: plans/ward.toml (and its 地区 boundaries) written into a new
// store with the counts reported, a re-run updating rather than duplicating, and a bad file leaving no
// database behind.
#include "services/ward_setup.h"

#include "core/error.h"
#include "services/sample_ward.h"
#include "store/open_store.h"
#include "store/ward_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

namespace bosai {
namespace {

using test::SampleWard;

services::WardSetupRequest sample_request(const test::TempDir& dir) {
  services::WardSetupRequest request;
  request.database = dir / "ward.db";
  request.ward_file = SampleWard::sample("plans/ward.toml");
  request.boundaries = SampleWard::sample("plans/sample-district-boundaries.geojson");
  return request;
}

TEST(WardSetup, TheShippedWardLandsInANewStoreWithItsBoundaries) {
  test::TempDir dir;
  const auto loaded = services::set_up_ward(sample_request(dir));
  EXPECT_EQ(loaded.ward, "世田谷区");
  EXPECT_EQ(loaded.regions, 5u);
  EXPECT_EQ(loaded.districts, 28u);
  EXPECT_GT(loaded.associations, 0u);
  EXPECT_GT(loaded.schema_version, 0);
  const auto stored = store::open_store(dir / "ward.db")->wards().load();
  EXPECT_EQ(stored.ward.name, loaded.ward);
  EXPECT_EQ(stored.districts.size(), loaded.districts);
  EXPECT_EQ(stored.associations.size(), loaded.associations);
  std::size_t bounded = 0;
  for (const auto& d : stored.districts) bounded += d.boundary.empty() ? 0 : 1;
  EXPECT_GT(bounded, 0u) << "the boundaries file was not attached";
}

TEST(WardSetup, ARerunUpdatesByCodeWithoutDuplicates) {
  test::TempDir dir;
  auto request = sample_request(dir);
  request.boundaries.clear();
  const auto first = services::set_up_ward(request);
  const auto again = services::set_up_ward(request);
  EXPECT_EQ(again.districts, first.districts);
  const auto stored = store::open_store(dir / "ward.db")->wards().load();
  EXPECT_EQ(stored.districts.size(), first.districts);
  for (const auto& d : stored.districts) EXPECT_TRUE(d.boundary.empty()) << d.code;
}

TEST(WardSetup, ABadWardFileLeavesNoDatabase) {
  test::TempDir dir;
  auto request = sample_request(dir);
  request.ward_file = dir / "ward.toml";
  test::write_file(request.ward_file, "[ward]\ncode = \"131121\"\nname = \n");
  EXPECT_THROW(services::set_up_ward(request), InputError);
  EXPECT_FALSE(std::filesystem::exists(request.database));
}

}  // namespace
}  // namespace bosai
