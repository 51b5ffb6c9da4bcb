#include "routing/road_file_import.h"

#include "core/error.h"
#include "geo/great_circle.h"
#include "geo/line_layer_reader.h"
#include "routing/graph_builder.h"
#include "routing/way_access.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

namespace bosai::routing {
namespace {

double line_length_m(const std::vector<GeoPoint>& points) {
  double total = 0;
  for (std::size_t i = 1; i < points.size(); ++i) total += geo::great_circle_m(points[i - 1], points[i]);
  return total;
}

// All parts of a (multi)line end to end, repeated vertices removed; fewer than 2 points → empty.
std::vector<GeoPoint> joined_line(const geo::LineFeature& feature) {
  std::vector<GeoPoint> points;
  for (const auto& part : feature.parts) {
    for (const auto& p : part) {
      if (!is_valid_wgs84(p)) return {};
      if (points.empty() || points.back().lat != p.lat || points.back().lon != p.lon) points.push_back(p);
    }
  }
  if (points.size() < 2) points.clear();
  return points;
}

std::string field_name(long index, const char* field) {
  return "features[" + std::to_string(index) + "]." + field;
}

// OSMnx exports: `u`/`v` are junction ids, `length` the way's metres between them.
class JunctionIdReader {
 public:
  JunctionIdReader(const std::filesystem::path& file, GraphBuilder& builder) : file_(file), builder_(builder) {}

  void add(const geo::LineFeature& f, std::vector<GeoPoint> points, const WayAccess& access) {
    // Some exports draw a few ways from v to u: orient them by the junction positions already known.
    if (drawn_backwards(f, points)) std::reverse(points.begin(), points.end());
    const NodeId u = node(f, "u", points.front());
    const NodeId v = node(f, "v", points.back());
    double length = -1;
    if (const std::string* text = f.tag("length")) {
      char* end = nullptr;
      length = std::strtod(text->c_str(), &end);
      if (end == text->c_str() || !std::isfinite(length) || length < 0) {
        throw InputError(file_.string(), 0, field_name(f.index, "length"), "not a length in metres: '" + *text + "'");
      }
    }
    if (length < 0) length = line_length_m(points);
    builder_.add_road(u, v, std::move(points), length, access);
  }

 private:
  NodeId node(const geo::LineFeature& f, const char* field, const GeoPoint& at) {
    const std::string* id = f.tag(field);
    if (!id || id->empty()) throw InputError(file_.string(), 0, field_name(f.index, field), "missing junction id");
    const auto [it, added] = ids_.try_emplace(*id, Junction{0, at});
    if (added) it->second.node = builder_.add_node(at);
    return it->second.node;
  }

  bool drawn_backwards(const geo::LineFeature& f, const std::vector<GeoPoint>& points) const {
    const std::string* u = f.tag("u");
    const std::string* v = f.tag("v");
    auto at = [&](const std::string* id, const GeoPoint& p) {
      const auto it = id ? ids_.find(*id) : ids_.end();
      return it != ids_.end() && it->second.position.lat == p.lat && it->second.position.lon == p.lon;
    };
    return !at(u, points.front()) && !at(v, points.back()) && (at(u, points.back()) || at(v, points.front()));
  }

  const std::filesystem::path& file_;
  GraphBuilder& builder_;
  struct Junction {
    NodeId node;
    GeoPoint position;
  };
  std::unordered_map<std::string, Junction> ids_;
};

// Plain line files (OSM, hand-drawn GeoJSON, Shapefile): ways are split wherever a vertex is shared with
// another way (or itself) and at their ends, as OSM routers do; coordinates are matched to 1e-7°.
class SharedVertexReader {
 public:
  explicit SharedVertexReader(GraphBuilder& builder) : builder_(builder) {}

  void add(std::vector<GeoPoint> points, const WayAccess& access) {
    for (std::size_t i = 0; i < points.size(); ++i) {
      const bool end = i == 0 || i + 1 == points.size();
      uses_[key(points[i])] += end ? 2 : 1;
    }
    ways_.push_back({std::move(points), access});
  }

  void build_roads() {
    std::unordered_map<std::uint64_t, NodeId> nodes;
    auto node = [&](const GeoPoint& p) {
      const auto [it, added] = nodes.try_emplace(key(p), 0);
      if (added) it->second = builder_.add_node(p);
      return it->second;
    };
    for (auto& way : ways_) {
      std::size_t start = 0;
      for (std::size_t i = 1; i < way.points.size(); ++i) {
        if (uses_[key(way.points[i])] < 2) continue;
        std::vector<GeoPoint> piece(way.points.begin() + static_cast<long>(start), way.points.begin() + static_cast<long>(i) + 1);
        const double length = line_length_m(piece);
        const NodeId from = node(piece.front()), to = node(piece.back());
        builder_.add_road(from, to, std::move(piece), length, way.access);
        start = i;
      }
      way.points = {};
    }
  }

 private:
  struct Way {
    std::vector<GeoPoint> points;
    WayAccess access;
  };
  static std::uint64_t key(const GeoPoint& p) {
    const auto lat = static_cast<std::uint64_t>(std::llround(p.lat * 1e7) + 900'000'000);
    const auto lon = static_cast<std::uint64_t>(std::llround(p.lon * 1e7) + 1'800'000'000);
    return lat << 32 | lon;
  }
  GraphBuilder& builder_;
  std::vector<Way> ways_;
  std::unordered_map<std::uint64_t, std::uint32_t> uses_;
};

}  // namespace

RoadGraph import_road_file(const std::filesystem::path& file, Profile profile, Progress& progress) {
  geo::LineLayerReader reader(file);
  ImportStats stats;
  stats.source = file.string();
  stats.driver = reader.driver();
  stats.junction_ids = reader.has_field("u") && reader.has_field("v");

  GraphBuilder builder;
  JunctionIdReader by_ids(file, builder);
  SharedVertexReader by_vertices(builder);
  const std::string name = file.filename().string();
  reader.for_each(
      [&](const geo::LineFeature& f) {
        ++stats.features_read;
        std::vector<GeoPoint> points = joined_line(f);
        if (points.empty()) {
          ++stats.features_without_line;
          return;
        }
        const WayAccess access = way_access(f, profile);
        if (!access.usable()) {
          ++stats.features_not_routable;
          return;
        }
        ++stats.features_used;
        if (stats.junction_ids) by_ids.add(f, std::move(points), access);
        else by_vertices.add(std::move(points), access);
      },
      progress, name + ": reading");
  const std::string building = name + ": building";
  progress.report(building, 0);
  by_vertices.build_roads();
  progress.throw_if_cancelled();
  RoadGraph graph = builder.build(profile, std::move(stats));
  progress.report(building, 1);
  return graph;
}

}  // namespace bosai::routing
