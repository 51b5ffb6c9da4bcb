// Protects the human-editable ward file: the shipped Setagaya sample loads whole, and every editing mistake
// is reported with its line and key instead of being loaded half-right.
#include "core/error.h"
#include "plans/ward_structure_reader.h"
#include "support/shared_data.h"

#include <gtest/gtest.h>

using bosai::plans::parse_ward_structure;

namespace {

const char* kMinimal = R"(
[ward]
code = "131121"
name = "世田谷区"

[[region]]
code = "r1"
name = "世田谷"

[[district]]
code = "d1"
region = "r1"
name = "池尻"
)";

long error_line(const std::string& text, std::string* message = nullptr) {
  try {
    parse_ward_structure(text, "ward.toml");
  } catch (const bosai::InputError& e) {
    if (message) *message = e.what();
    return e.line();
  }
  ADD_FAILURE() << "no error";
  return -1;
}

}  // namespace

TEST(WardStructureReader, ShippedSampleHasSetagayasStructure) {
  const auto w = bosai::plans::read_ward_structure(bosai::test::source_dir() / "plans/ward.toml");
  EXPECT_EQ(w.ward.code, "131121");
  EXPECT_EQ(w.regions.size(), 5u);
  EXPECT_EQ(w.districts.size(), 28u);
  for (const auto& d : w.districts) EXPECT_FALSE(d.name.empty());
}

TEST(WardStructureReader, MinimalFileLoads) {
  const auto w = parse_ward_structure(kMinimal, "ward.toml");
  ASSERT_EQ(w.districts.size(), 1u);
  EXPECT_EQ(w.districts[0].region_code, "r1");
  EXPECT_EQ(w.regions[0].ward_code, "131121");
}

TEST(WardStructureReader, UnknownRegionNamesLineAndKey) {
  std::string message;
  const long line = error_line(std::string(kMinimal) + "\n[[district]]\ncode = \"d2\"\nregion = \"nowhere\"\nname = \"X\"\n",
                               &message);
  EXPECT_EQ(line, 17);  // the `region = "nowhere"` line
  EXPECT_NE(message.find("region: unknown 地域 (region) 'nowhere'"), std::string::npos) << message;
}

TEST(WardStructureReader, DuplicateCodeIsRefused) {
  std::string message;
  error_line(std::string(kMinimal) + "\n[[district]]\ncode = \"d1\"\nregion = \"r1\"\nname = \"X\"\n", &message);
  EXPECT_NE(message.find("duplicate 地区"), std::string::npos) << message;
}

TEST(WardStructureReader, SyntaxErrorHasLine) {
  EXPECT_EQ(error_line("[ward]\ncode = \"1\"\nname = \n"), 3);
}

TEST(WardStructureReader, MissingWardTableIsRefused) {
  std::string message;
  error_line("[[region]]\ncode = \"r\"\nname = \"R\"\n", &message);
  EXPECT_NE(message.find("[ward]"), std::string::npos);
}

TEST(WardStructureReader, ChomePositionMustBeValid) {
  std::string message;
  error_line(std::string(kMinimal) + "\n[[chome]]\ncode = \"c\"\ndistrict = \"d1\"\nname = \"池尻一丁目\"\nlat = 135.0\nlon = 35.6\n",
             &message);
  EXPECT_NE(message.find("not a WGS84 position"), std::string::npos) << message;
}
