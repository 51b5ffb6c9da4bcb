#include "routing/dijkstra.h"

#include <algorithm>
#include <functional>

namespace bosai::routing {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

}  // namespace

Dijkstra::Dijkstra(const RoadGraph& graph, Metric metric, const Closures* closures)
    : graph_(graph),
      closures_(closures),
      weight_(metric == Metric::kMetres ? graph.length_m : graph.duration_s),
      other_weight_(metric == Metric::kMetres ? graph.duration_s : graph.length_m),
      cost_(graph.node_count(), kInf),
      other_(graph.node_count(), kInf),
      parent_(graph.node_count(), kNone),
      stop_(graph.node_count(), 0) {}

Attachments Dijkstra::attachments(const SnappedPoint& p, bool leave) const {
  Attachments out;
  if (p.on_node()) {
    out.add({p.node, kNone, 0});
    return out;
  }
  const EdgeId forward = graph_.geometry_forward[p.geometry];
  const EdgeId backward = graph_.geometry_backward[p.geometry];
  const NodeId start = graph_.geometry_start[p.geometry], end = graph_.geometry_end[p.geometry];
  // Leaving runs on to the far junction of each direction; arriving comes from its near junction.
  if (open(forward)) out.add({leave ? end : start, forward, leave ? 1 - p.fraction : p.fraction});
  if (open(backward)) out.add({leave ? start : end, backward, leave ? p.fraction : 1 - p.fraction});
  return out;
}

void Dijkstra::label(NodeId n, double cost, double other, EdgeId parent) {
  if (cost >= cost_[n]) return;
  if (cost_[n] == kInf) touched_.push_back(n);
  cost_[n] = cost;
  other_[n] = other;
  parent_[n] = parent;
  heap_.emplace_back(cost, n);
  std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
}

void Dijkstra::run(const SnappedPoint& from, std::span<const NodeId> stop_at, double cutoff) {
  for (NodeId n : touched_) {
    cost_[n] = other_[n] = kInf;
    parent_[n] = kNone;
  }
  touched_.clear();
  heap_.clear();
  source_ = from;

  std::size_t pending = 0;
  for (NodeId n : stop_at) {
    if (!stop_[n]) ++pending;
    stop_[n] = 1;
  }
  for (const auto& a : leaving(from)) {
    const double w = a.edge == kNone ? 0 : a.portion * weight_[a.edge];
    const double o = a.edge == kNone ? 0 : a.portion * other_weight_[a.edge];
    label(a.node, w, o, kNone);
  }
  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
    const auto [cost, n] = heap_.back();
    heap_.pop_back();
    if (cost > cost_[n]) continue;  // a stale entry: n was settled cheaper already
    if (cost > cutoff) break;
    if (stop_[n]) {
      stop_[n] = 0;
      if (--pending == 0 && !stop_at.empty()) break;
    }
    for (EdgeId e = graph_.first_edge[n]; e < graph_.first_edge[n + 1]; ++e) {
      if (closures_ && closures_->is_closed(e)) continue;
      label(graph_.edge_target[e], cost + weight_[e], other_[n] + other_weight_[e], e);
    }
  }
  for (NodeId n : stop_at) stop_[n] = 0;
}

Arrival Dijkstra::arrive(const SnappedPoint& to) const {
  Arrival best;
  for (const auto& a : reaching(to)) {
    if (cost_[a.node] == kInf) continue;
    const double w = a.edge == kNone ? 0 : a.portion * weight_[a.edge];
    if (cost_[a.node] + w < best.cost) {
      best.cost = cost_[a.node] + w;
      best.other = other_[a.node] + (a.edge == kNone ? 0 : a.portion * other_weight_[a.edge]);
      best.via = a;
    }
  }
  const SnappedPoint& from = source_;
  if (!from.on_node() && !to.on_node() && from.geometry == to.geometry) {
    const EdgeId forward = graph_.geometry_forward[to.geometry];
    const EdgeId backward = graph_.geometry_backward[to.geometry];
    const double ahead = to.fraction - from.fraction;
    const EdgeId along = ahead >= 0 ? forward : backward;
    if (open(along) && std::abs(ahead) * weight_[along] < best.cost) {
      best.cost = std::abs(ahead) * weight_[along];
      best.other = std::abs(ahead) * other_weight_[along];
      best.via = {kNone, along, std::abs(ahead)};
      best.direct = true;
    }
  }
  return best;
}

}  // namespace bosai::routing
