#include "support/shared_data.h"

#include <cstdlib>

namespace bosai::test {

std::filesystem::path shared_data_dir() {
  if (const char* env = std::getenv("BOSAI_SHARED_DATA")) return env;
  return BOSAI_SHARED_DATA;
}

std::filesystem::path source_dir() { return BOSAI_SOURCE_DIR; }

}  // namespace bosai::test
