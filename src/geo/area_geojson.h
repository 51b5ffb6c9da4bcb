#pragma once
#include "core/area.h"

#include <string>

namespace bosai::geo {

// An Area from GeoJSON text in WGS84: a Polygon or MultiPolygon geometry, a Feature of one, or a
// FeatureCollection of them (holes kept). Stored 地区 boundaries and GeoJSON typed in by people come this way;
// files of any format go through geo/area_file.h.
//
// Errors are InputErrors naming `source` and `field`: not JSON, another geometry type, a ring of fewer than 4
// positions, or a position that is not [longitude, latitude] in range (a projected file pasted as GeoJSON).
Area parse_area_geojson(const std::string& text, const std::string& source, const std::string& field);

}  // namespace bosai::geo
