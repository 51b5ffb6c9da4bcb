#pragma once
#include <filesystem>
#include <string>

namespace bosai::test {

// Folder of real third-party data (../shared/data). Tests that need it call require_shared_data():
// locally a missing folder skips the test; in CI (CI=true) it fails loudly, so a green run means it ran.
std::filesystem::path shared_data_dir();
std::filesystem::path source_dir();

}  // namespace bosai::test

#define BOSAI_REQUIRE_SHARED(relative)                                                        \
  do {                                                                                       \
    const auto bosai_path_ = ::bosai::test::shared_data_dir() / (relative);                  \
    if (!std::filesystem::exists(bosai_path_)) {                                             \
      const char* ci = std::getenv("CI");                                                    \
      if (ci && std::string(ci) == "true") FAIL() << "missing shared data: " << bosai_path_; \
      GTEST_SKIP() << "shared data not found: " << bosai_path_;                             \
    }                                                                                        \
  } while (0)
