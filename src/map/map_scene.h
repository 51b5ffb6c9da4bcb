#pragma once
#include "core/area.h"
#include "core/geo_point.h"
#include "core/shelter_kind.h"
#include "map/road_class.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::map {

// What one map shows, in WGS84, gathered by a service from the store and from files and drawn by the renderer
// (render/map_painter.h) on any page. Plain data: the same scene prints on A4 or A3 and shows in the app.
struct MapScene {
  struct District {
    std::string code;
    std::string name;
    Area boundary;
    bool focus = false;  // the 地区 the map is about: drawn stronger, the others only as context
  };
  struct Road {
    RoadClass road_class = RoadClass::kMinor;
    std::vector<GeoPoint> line;
  };
  // A shelter or gathering point. `number` keys the site to a legend table when its name does not fit.
  struct Site {
    std::string id;
    int number = 0;
    std::string name;
    ShelterKind kind = ShelterKind::kDesignated;
    GeoPoint position;
    std::string address;
  };
  // A path someone follows: an evacuation route, a driver's round. Stops are numbered along it.
  struct Route {
    std::string label;
    std::vector<GeoPoint> line;
    std::vector<GeoPoint> stops;
  };
  // A point that is not a shelter: the person's home, a supply depot, a destination outside the registry (a
  // relative's home).
  struct Marker {
    enum class Kind { kHome, kDepot, kDestination };
    Kind kind = Kind::kHome;
    std::string label;
    GeoPoint position;
  };

  // A figure measured at a place (a tally block's share of households showing a sign), drawn as a disc filled
  // by the class its value falls in; none: not measured yet (a hollow disc). Classes are set by
  // `reading_bounds` (ascending upper bounds; the last class is open) and named in the legend.
  struct Reading {
    std::string label;
    GeoPoint position;
    std::optional<double> value;
  };

  // How it is drawn, where the page decides: a wall map wants bigger type than a sheet's corner, and a
  // whole-ward map shows where shelters are, not hundreds of names that would hide the map.
  struct Style {
    double scale = 1;         // every size (symbols, type, lines) times this
    bool label_sites = true;  // names (or numbers) beside site symbols
  };

  std::string title;
  std::string date;  // shown as written (e.g. 2026年12月1日現在)
  std::vector<District> districts;
  std::vector<Road> roads;
  std::vector<Area> hazards;          // flood, landslide … zones, labelled by name
  std::vector<Area> closed_areas;     // a drill's closures (fire spread, collapse)
  std::vector<std::vector<GeoPoint>> closed_roads;
  std::vector<Route> routes;
  std::vector<Marker> markers;
  std::vector<Site> sites;
  std::vector<Reading> readings;
  std::string reading_title;                // what the discs measure: 掲出率
  std::vector<double> reading_bounds;       // {0.4, 0.6, 0.8}: four classes
  std::vector<std::string> reading_labels;  // one per class, and one more for "not measured": 40%未満 … 未確認
  std::vector<std::string> credits;   // data sources, one line each (GSI, 国土数値情報, © OpenStreetMap contributors)
  // What the map must show. Unset: the 地区 in focus with any routes and markers; without a focus, the routes,
  // markers and sites (a route map), or failing those every 地区 and site (the ward).
  std::optional<Area::Bounds> extent;
  Style style;
};

// The part of the world the map frames: the explicit extent, else what the scene holds (focus districts rather
// than the whole ward when there are some), padded so symbols at the edge stay whole.
Area::Bounds scene_extent(const MapScene& scene);

}  // namespace bosai::map
