#pragma once
#include "cli/context.h"
#include "store/store.h"

#include <memory>

namespace bosai::cli {

// The store named by --db, schema brought to the latest version. Missing file → InputError (exit 2).
std::unique_ptr<store::Store> open_store(const Context& context);

// Where the shipped sample lives (plans/, maps/, drills/): the current directory when it has them,
// else the source tree this binary was built from, so `bosai init` works from any folder of a checkout.
std::filesystem::path sample_path(const std::filesystem::path& relative);

}  // namespace bosai::cli
