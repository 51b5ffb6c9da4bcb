#pragma once
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace bosai::test {

// Runs a poppler tool on `pdf` and returns what it printed (empty when it failed); pdftotext writes to stdout.
std::string poppler(const std::string& tool, const std::filesystem::path& pdf);

bool have_poppler();

// `pdf` written as `name` in `dir`, for the poppler tools to read.
std::filesystem::path written(const TempDir& dir, const std::string& pdf, const std::string& name = "out.pdf");

}  // namespace bosai::test

// Locally a machine without poppler-utils skips; in CI (CI=true) it fails, so a green run means it ran.
#define REQUIRE_POPPLER()                                                                 \
  do {                                                                                    \
    if (!::bosai::test::have_poppler()) {                                                 \
      const char* ci = std::getenv("CI");                                                 \
      if (ci && std::string(ci) == "true") FAIL() << "pdftotext missing (poppler-utils)"; \
      GTEST_SKIP() << "pdftotext not installed";                                          \
    }                                                                                     \
  } while (0)
