#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bosai::geo {

// GDAL's OSM driver puts every tag without a column of its own into `other_tags`, an hstore literal:
// "oneway"=>"yes","maxspeed"=>"50 mph". Backslash escapes quotes inside values (names often contain them).
std::vector<std::pair<std::string, std::string>> parse_hstore(std::string_view text);

}  // namespace bosai::geo
