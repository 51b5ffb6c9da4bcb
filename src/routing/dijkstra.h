#pragma once
#include "routing/closures.h"
#include "routing/metric.h"
#include "routing/road_graph.h"
#include "routing/snapped_point.h"

#include <array>
#include <limits>
#include <span>
#include <utility>
#include <vector>

namespace bosai::routing {

// How a snapped point is left or reached: through `node` and the part `portion` of `edge` between them
// (no edge when the point is the node itself).
struct Attachment {
  NodeId node = kNone;
  EdgeId edge = kNone;
  double portion = 0;
};

// At most two ways onto or off a snapped point (one per direction of its road); no heap allocation, as
// many-to-many asks this for every target after every source.
struct Attachments {
  std::array<Attachment, 2> items;
  std::size_t count = 0;

  void add(const Attachment& a) { items[count++] = a; }
  const Attachment* begin() const { return items.data(); }
  const Attachment* end() const { return items.data() + count; }
};

// Where a point is reached from and at what cost; `direct` when source and target share a road and the
// best way is straight along it.
struct Arrival {
  double cost = std::numeric_limits<double>::infinity();
  double other = std::numeric_limits<double>::infinity();  // the other metric along the same path
  Attachment via;
  bool direct = false;

  bool reached() const { return cost != std::numeric_limits<double>::infinity(); }
};

// Single-source Dijkstra over the CSR graph with a binary heap, its buffers reused between runs (only the
// nodes touched by the last run are reset), closed edges skipped.
class Dijkstra {
 public:
  Dijkstra(const RoadGraph& graph, Metric metric, const Closures* closures);

  // Grows the shortest-path tree from `from` until every node of `stop_at` is settled (all reachable
  // nodes when empty), or the cost passes `cutoff`.
  void run(const SnappedPoint& from, std::span<const NodeId> stop_at,
           double cutoff = std::numeric_limits<double>::infinity());
  Arrival arrive(const SnappedPoint& to) const;

  double cost(NodeId n) const { return cost_[n]; }
  EdgeId parent(NodeId n) const { return parent_[n]; }
  const SnappedPoint& source() const { return source_; }

  Attachments leaving(const SnappedPoint& p) const { return attachments(p, true); }
  Attachments reaching(const SnappedPoint& p) const { return attachments(p, false); }

 private:
  Attachments attachments(const SnappedPoint& p, bool leave) const;
  bool open(EdgeId e) const { return is_open(closures_, e); }
  void label(NodeId n, double cost, double other, EdgeId parent);

  const RoadGraph& graph_;
  const Closures* closures_;
  const std::vector<double>& weight_;
  const std::vector<double>& other_weight_;
  SnappedPoint source_;
  std::vector<double> cost_;
  std::vector<double> other_;
  std::vector<EdgeId> parent_;
  std::vector<std::uint8_t> stop_;
  std::vector<NodeId> touched_;
  std::vector<std::pair<double, NodeId>> heap_;
};

}  // namespace bosai::routing
