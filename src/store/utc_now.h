#pragma once
#include <string>

namespace bosai::store {

// Now in UTC as ISO 8601 (2026-11-23T11:20:31Z): the one clock every stored timestamp comes from.
std::string utc_now();

}  // namespace bosai::store
