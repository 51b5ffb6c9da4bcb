#pragma once
#include "geo/line_feature.h"
#include "routing/profile.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bosai::routing {

// Whether a profile may use a way, in which directions (along / against its drawing order) and how fast.
struct WayAccess {
  bool forward = false;
  bool backward = false;
  double speed_kmh = 0;

  bool usable() const { return forward || backward; }
};

WayAccess way_access(const geo::LineFeature& way, Profile profile);

// "50", "50 mph", "10 knots", "RU:urban", "JP:motorway", "walk", "50;30" (the lower) → km/h; "none",
// "signals", "variable" and garbage → nullopt (the caller falls back to the road class).
std::optional<double> parse_maxspeed(std::string_view text);
// "2.5", "2,5 m", "3'", "80 cm" → metres; nullopt when unreadable.
std::optional<double> parse_width_m(std::string_view text);
// `highway` as OSM has it, or an OSMnx-merged list "['unclassified', 'residential']" / GDAL "(2:a,b)".
std::vector<std::string> highway_classes(std::string_view text);

}  // namespace bosai::routing
