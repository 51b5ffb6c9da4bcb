#include "map/map_scene.h"

#include <algorithm>

namespace bosai::map {

Area::Bounds scene_extent(const MapScene& scene) {
  if (scene.extent) return *scene.extent;
  Area::Bounds b;
  const bool any_focus = std::any_of(scene.districts.begin(), scene.districts.end(), [](const auto& d) { return d.focus; });
  const bool any_path = !scene.routes.empty() || !scene.markers.empty();
  for (const auto& d : scene.districts) {
    if (d.focus || (!any_focus && !any_path)) b.extend(d.boundary.bounds());
  }
  if (!any_focus) {
    for (const auto& s : scene.sites) b.extend(s.position);
  }
  for (const auto& r : scene.routes) {
    b.extend(Area::Bounds::of(r.line));
    b.extend(Area::Bounds::of(r.stops));
  }
  for (const auto& m : scene.markers) b.extend(m.position);
  for (const auto& r : scene.readings) b.extend(r.position);
  if (b.empty()) return b;
  // At least ~300 m across, so a map of one point still shows its streets; then 7 % on each side, so the
  // north arrow, scale bar and credits in the corners cover little of what the map is about.
  const double min_span = 0.003;
  if (b.max_lat - b.min_lat < min_span) {
    const double c = (b.max_lat + b.min_lat) / 2;
    b.min_lat = c - min_span / 2;
    b.max_lat = c + min_span / 2;
  }
  if (b.max_lon - b.min_lon < min_span) {
    const double c = (b.max_lon + b.min_lon) / 2;
    b.min_lon = c - min_span / 2;
    b.max_lon = c + min_span / 2;
  }
  const double pad_lat = (b.max_lat - b.min_lat) * 0.07, pad_lon = (b.max_lon - b.min_lon) * 0.07;
  b.min_lat -= pad_lat;
  b.max_lat += pad_lat;
  b.min_lon -= pad_lon;
  b.max_lon += pad_lon;
  return b;
}

}  // namespace bosai::map
