#pragma once
#include <cstdlib>
#include <filesystem>
#include <string>

namespace bosai::test {

// poppler-utils (pdftotext, pdfinfo, pdffonts) read our PDFs back the way a reader's viewer would.
bool have_poppler();

// Runs a poppler tool ("pdftotext -enc UTF-8", "pdfinfo", "pdffonts") on `pdf` and returns what it printed;
// empty when the tool failed.
std::string poppler(const std::string& tool, const std::filesystem::path& pdf);

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
