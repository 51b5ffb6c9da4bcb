#pragma once
#include "core/geo_point.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace bosai::geo {

// One feature of a line layer, whatever the file format: its line parts in WGS84 and its attributes as
// text (OSM tags from `other_tags` merged in, so `oneway` reads the same from a GeoJSON column or a PBF).
struct LineFeature {
  long index = 0;                               // 0-based position in the layer, for error messages
  std::vector<std::vector<GeoPoint>> parts;     // empty when the feature has no line geometry
  std::unordered_map<std::string, std::string> tags;  // null attributes are absent

  const std::string* tag(const std::string& key) const {
    const auto it = tags.find(key);
    return it == tags.end() ? nullptr : &it->second;
  }
};

}  // namespace bosai::geo
