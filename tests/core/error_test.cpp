// Protects the error format users rely on to find the bad place in their file: "FILE:LINE: field: message".
#include "core/error.h"

#include <gtest/gtest.h>

TEST(InputError, NamesFileLineAndField) {
  bosai::InputError e("shelters.csv", 12, "緯度", "not a number: 'abc'");
  EXPECT_STREQ(e.what(), "shelters.csv:12: 緯度: not a number: 'abc'");
  EXPECT_EQ(e.line(), 12);
  EXPECT_EQ(e.field(), "緯度");
}

TEST(InputError, OmitsWhatIsUnknown) {
  EXPECT_STREQ(bosai::InputError("no such 地区: 'x'").what(), "no such 地区: 'x'");
  EXPECT_STREQ(bosai::InputError("a.toml", 0, "empty file").what(), "a.toml: empty file");
}
