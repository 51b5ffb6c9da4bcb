#include "routing/graph_builder.h"

#include "geo/metric_projection.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>

namespace bosai::routing {
namespace {

using SccGraph = boost::compressed_sparse_row_graph<boost::directedS>;

// Component of every node, and how many components there are.
std::pair<std::vector<int>, int> strong_components(std::size_t node_count,
                                                   const std::vector<std::pair<NodeId, NodeId>>& arcs) {
  SccGraph graph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), node_count);
  std::vector<int> component(node_count, 0);
  const int count = node_count == 0 ? 0
                                    : boost::strong_components(
                                          graph, boost::make_iterator_property_map(
                                                     component.begin(), boost::get(boost::vertex_index, graph)));
  return {std::move(component), count};
}

// A key that is the same for a road drawn either way between the same two junctions.
std::string road_key(NodeId low, NodeId high, const std::vector<GeoPoint>& points, bool flip) {
  std::string key(sizeof(NodeId) * 2 + points.size() * sizeof(GeoPoint), '\0');
  char* out = key.data();
  std::memcpy(out, &low, sizeof low);
  std::memcpy(out + sizeof low, &high, sizeof high);
  out += sizeof low + sizeof high;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const GeoPoint& p = points[flip ? points.size() - 1 - i : i];
    std::memcpy(out, &p, sizeof p);
    out += sizeof p;
  }
  return key;
}

}  // namespace

NodeId GraphBuilder::add_node(const GeoPoint& position) {
  nodes_.push_back(position);
  return static_cast<NodeId>(nodes_.size() - 1);
}

void GraphBuilder::add_road(NodeId from, NodeId to, std::vector<GeoPoint> points, double length_m,
                            const WayAccess& access) {
  const auto road = static_cast<std::uint32_t>(roads_.size());
  const double duration = length_m / (access.speed_kmh / 3.6);
  if (access.forward) candidates_.push_back({from, to, length_m, duration, road, false});
  if (access.backward) candidates_.push_back({to, from, length_m, duration, road, true});
  roads_.push_back({from, to, std::move(points)});
}

RoadGraph GraphBuilder::build(Profile profile, ImportStats stats) const {
  // Parallel twins and self-loops never lie on a shortest path.
  std::vector<Candidate> edges;
  edges.reserve(candidates_.size());
  for (const auto& c : candidates_) {
    if (c.source == c.target) ++stats.self_loops_dropped;
    else edges.push_back(c);
  }
  std::sort(edges.begin(), edges.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.source, a.target, a.length_m, a.duration_s) < std::tie(b.source, b.target, b.length_m, b.duration_s);
  });
  const auto twins = std::unique(edges.begin(), edges.end(), [](const Candidate& a, const Candidate& b) {
    return a.source == b.source && a.target == b.target;
  });
  stats.parallel_edges_merged = static_cast<std::size_t>(edges.end() - twins);
  edges.erase(twins, edges.end());
  stats.input_nodes = nodes_.size();
  stats.input_edges = edges.size();

  std::vector<std::pair<NodeId, NodeId>> arcs;
  arcs.reserve(edges.size());
  for (const auto& e : edges) arcs.emplace_back(e.source, e.target);
  const auto [component, component_count] = strong_components(nodes_.size(), arcs);
  stats.components = static_cast<std::size_t>(component_count);
  std::vector<std::size_t> sizes(component_count, 0);
  for (int c : component) ++sizes[c];
  const int keep = sizes.empty() ? -1 : static_cast<int>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
  stats.largest_scc_nodes = sizes.empty() ? 0 : sizes[keep];

  RoadGraph graph;
  graph.profile = profile;
  std::vector<NodeId> renumber(nodes_.size(), kNone);
  for (std::size_t n = 0; n < nodes_.size(); ++n) {
    if (component[n] != keep) continue;
    renumber[n] = static_cast<NodeId>(graph.node_position.size());
    graph.node_position.push_back(nodes_[n]);
  }
  std::erase_if(edges, [&](const Candidate& e) { return component[e.source] != keep || component[e.target] != keep; });
  stats.dropped_nodes = nodes_.size() - graph.node_count();
  stats.dropped_edges = stats.input_edges - edges.size();

  // Edges are already sorted by original source, and renumbering keeps the order: CSR as they stand.
  graph.first_edge.assign(graph.node_count() + 1, 0);
  std::unordered_map<std::string, std::uint32_t> geometry_of;
  for (const auto& e : edges) {
    const EdgeId id = static_cast<EdgeId>(graph.edge_target.size());
    const NodeId s = renumber[e.source], t = renumber[e.target];
    ++graph.first_edge[s + 1];
    graph.edge_source.push_back(s);
    graph.edge_target.push_back(t);
    graph.length_m.push_back(e.length_m);
    graph.duration_s.push_back(e.duration_s);
    stats.total_length_km += e.length_m / 1000;

    // Store the road oriented from its lower-numbered junction, once for both directions.
    const Road& road = roads_[e.road];
    const NodeId from = renumber[road.from], to = renumber[road.to];
    const bool flip = to < from;
    const bool against = e.against != flip;  // relative to the stored orientation
    std::string key = road_key(std::min(from, to), std::max(from, to), road.points, flip);
    auto [it, added] = geometry_of.try_emplace(std::move(key), static_cast<std::uint32_t>(graph.geometry_count()));
    std::uint32_t g = it->second;
    if (!added && (against ? graph.geometry_backward[g] : graph.geometry_forward[g]) != kNone) added = true;
    if (added) {
      g = static_cast<std::uint32_t>(graph.geometry_count());
      it->second = g;
      graph.geometry_first_point.push_back(static_cast<std::uint32_t>(graph.points.size()));
      if (flip) graph.points.insert(graph.points.end(), road.points.rbegin(), road.points.rend());
      else graph.points.insert(graph.points.end(), road.points.begin(), road.points.end());
      graph.geometry_start.push_back(std::min(from, to));
      graph.geometry_end.push_back(std::max(from, to));
      graph.geometry_forward.push_back(kNone);
      graph.geometry_backward.push_back(kNone);
    }
    (against ? graph.geometry_backward[g] : graph.geometry_forward[g]) = id;
    graph.edge_geometry.push_back(g);
    graph.edge_reversed.push_back(against ? 1 : 0);
  }
  graph.geometry_first_point.push_back(static_cast<std::uint32_t>(graph.points.size()));
  std::partial_sum(graph.first_edge.begin(), graph.first_edge.end(), graph.first_edge.begin());

  GeoPoint centre;
  for (const auto& p : graph.node_position) {
    centre.lat += p.lat / static_cast<double>(graph.node_count());
    centre.lon += p.lon / static_cast<double>(graph.node_count());
  }
  const geo::MetricProjection projection(geo::MetricProjection::epsg_for(centre));
  graph.epsg = projection.epsg();
  graph.node_xy = projection.forward(graph.node_position);
  graph.points_xy = projection.forward(graph.points);

  stats.profile = profile;
  stats.epsg = graph.epsg;
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();
  graph.stats = std::move(stats);
  return graph;
}

}  // namespace bosai::routing
