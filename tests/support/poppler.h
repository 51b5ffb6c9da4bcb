#pragma once
#include "support/temp_dir.h"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace bosai::test {

// poppler-utils (pdftotext, pdfinfo, pdffonts) read our PDFs back the way a reader's viewer would.
bool have_poppler();

// Runs a poppler tool ("pdftotext -enc UTF-8", "pdfinfo", "pdffonts") on `pdf` and returns what it printed;
// empty when the tool failed.
std::string poppler(const std::string& tool, const std::filesystem::path& pdf);

// `pdf` (bytes made in memory) written as `name` in `dir`, for the poppler tools to read.
std::filesystem::path written(const TempDir& dir, const std::string& pdf, const std::string& name = "out.pdf");

}  // namespace bosai::test

// Like BOSAI_REQUIRE_SHARED: locally a machine without poppler-utils skips the test; in CI (CI=true) it fails,
// so a green CI run means the PDF was really read back.
#define BOSAI_REQUIRE_POPPLER()                                                           \
  do {                                                                                    \
    if (!::bosai::test::have_poppler()) {                                                 \
      const char* ci = std::getenv("CI");                                                 \
      if (ci && std::string(ci) == "true") FAIL() << "pdftotext missing (poppler-utils)"; \
      GTEST_SKIP() << "pdftotext not installed";                                          \
    }                                                                                     \
  } while (0)
