#include "routing/assignment/shelter_graph_solver.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace bosai::routing::assignment {
namespace {

using flow::FlowAmount;
using flow::FlowCost;
using flow::TotalCost;

// One way of moving a person along an edge of the contracted graph. `key` is the part of its cost that never
// changes: d(new trip) − d(old trip) between shelters, −d(old trip) for leaving someone unplaced, d(new trip)
// for placing someone who was unplaced. The prices are added when the edge is read.
struct Move {
  FlowCost key = 0;
  int from_arc = 0;  // trip the person leaves; ~unit when the person was unplaced
  int to_arc = 0;    // trip the person takes; -1 when left unplaced
};

// The candidate moves for one ordered pair of nodes, cheapest on top. Entries whose person has left since are
// dropped when they reach the top; new ones are appended and heapified when the top is next refreshed.
struct MoveHeap {
  std::vector<Move> items;
  std::size_t heapified = 0;
  bool dirty = false;
};

// An edge of the contracted graph as Dijkstra reads it: the cheapest move from one node to `to`, copied out of
// its heap and kept valid whenever it changes, so a search scans one small array per node.
struct Edge {
  int to = 0;
  int heap = 0;
  bool live = false;
  Move top;
};

bool cheaper_on_top(const Move& a, const Move& b) { return a.key > b.key; }

class ShelterGraphSolver {
 public:
  ShelterGraphSolver(const AssignmentNetwork& net, Progress& progress) : net_(net), progress_(progress) {
    const flow::MinCostFlowProblem& p = net.problem;
    shelters_ = static_cast<int>(std::count_if(net.shelter_node.begin(), net.shelter_node.end(),
                                               [](flow::FlowNode n) { return n >= 0; }));
    units_ = p.node_count() - 1 - shelters_;
    sink_ = shelters_;
    shelter_base_ = 1 + units_;
    penalty_ = net.penalty;
    build_unit_rows();
    capacity_.assign(shelters_, 0);
    for (std::size_t i = 0; i < net.shelter_arc.size(); ++i) {
      if (net.shelter_arc[i] >= 0) capacity_[net.shelter_node[i] - shelter_base_] = p.arcs[net.shelter_arc[i]].upper;
    }
    const auto nodes = static_cast<std::size_t>(shelters_ + 1);
    pair_edge_.assign(nodes * nodes, -1);
    edges_.resize(nodes);
    pending_.resize(nodes);
    price_.assign(nodes, 0);
    excess_.assign(nodes, 0);
    dist_.assign(nodes, 0);
    settled_.assign(nodes, 0);
    reached_.assign(nodes, 0);
    parent_.resize(nodes);
  }

  flow::MinCostFlowResult solve(const AssignmentResult* warm) {
    if (warm) start_prices_from(*warm);
    raise_prices_of_crowded_shelters();
    start_from(warm);
    route_all_excess();
    return certificate();
  }

 private:
  struct Parent {
    int from = -1;
    bool direct = false;  // the shelter's own arc to the sink (or back), not a person's move
    Move move;
  };

  // Trips grouped by unit: arcs first_[k] … first_[k+1] leave unit k (its node is 1 + k).
  void build_unit_rows() {
    const flow::MinCostFlowProblem& p = net_.problem;
    const auto trips = net_.trip_candidate.size();
    first_.assign(units_ + 1, 0);
    for (std::size_t a = 0; a < trips; ++a) ++first_[p.arcs[a].from];  // node 1 + k counts into first_[k + 1]
    for (int k = 0; k < units_; ++k) first_[k + 1] += first_[k];
    arc_shelter_.resize(trips);
    arc_cost_.resize(trips);
    arc_id_.resize(trips);
    arc_unit_.resize(trips);
    std::vector<int> next(first_.begin(), first_.end() - 1);
    for (std::size_t a = 0; a < trips; ++a) {
      const flow::FlowArc& arc = p.arcs[a];
      const int k = arc.from - 1;
      const int slot = next[k]++;
      arc_shelter_[slot] = arc.to - shelter_base_;
      arc_cost_[slot] = arc.cost;
      arc_id_[slot] = static_cast<int>(a);
      arc_unit_[slot] = k;
    }
    supply_.resize(units_);
    for (int k = 0; k < units_; ++k) supply_[k] = p.supply[1 + k];
    flow_.assign(trips, 0);
    listed_.assign(trips, 0);
    unplaced_.assign(units_, 0);
    unplaced_listed_.assign(units_, 0);
  }

  void start_prices_from(const AssignmentResult& warm) {
    for (std::size_t i = 0; i < net_.shelter_node.size() && i < warm.shelter_price.size(); ++i) {
      constexpr FlowCost bound = FlowCost{1} << 50;  // a hint, never an overflow
      if (net_.shelter_node[i] >= 0) {
        price_[net_.shelter_node[i] - shelter_base_] = std::clamp(warm.shelter_price[i], -bound, bound);
      }
    }
  }

  // Dual feasibility first: every person goes to a cheapest option at the current prices (the hinted trip when
  // it still is one), so every residual edge has a reduced cost ≥ 0. What remains are shelters holding more
  // than their capacity (excess) and priced shelters holding less (a deficit), routed by route_all_excess.
  void start_from(const AssignmentResult* warm) {
    std::vector<int> hint_first;
    std::vector<FlowAmount> hinted_unplaced;
    const auto unit_count = net_.unit_node.size();
    if (warm) {
      hint_first.assign(unit_count + 1, 0);
      for (const AssignedFlow& f : warm->flows) {
        if (f.unit >= 0 && static_cast<std::size_t>(f.unit) < unit_count) ++hint_first[f.unit + 1];
      }
      for (std::size_t i = 0; i < unit_count; ++i) hint_first[i + 1] += hint_first[i];
      hinted_flow_.resize(warm->flows.size());
      std::vector<int> next(hint_first.begin(), hint_first.end() - 1);
      for (const AssignedFlow& f : warm->flows) {
        if (f.unit >= 0 && static_cast<std::size_t>(f.unit) < unit_count) hinted_flow_[next[f.unit]++] = &f;
      }
      hinted_unplaced.assign(unit_count, 0);
      for (const Unplaced& u : warm->unplaced) {
        if (u.unit >= 0 && static_cast<std::size_t>(u.unit) < unit_count && u.reason == UnplacedReason::no_capacity) {
          hinted_unplaced[u.unit] += u.count;
        }
      }
    }

    std::vector<FlowAmount> inflow(shelters_, 0);
    TotalCost total_unplaced = 0;
    for (std::size_t i = 0; i < unit_count; ++i) {
      if (net_.unit_node[i] < 0) continue;
      const int k = net_.unit_node[i] - 1;
      FlowCost cheapest = penalty_ + price_[sink_];
      int best = -1;
      for (int a = first_[k]; a < first_[k + 1]; ++a) {
        const FlowCost v = arc_cost_[a] + price_[arc_shelter_[a]];
        if (v < cheapest || (best < 0 && v == cheapest)) cheapest = v, best = a;
      }
      FlowAmount left = supply_[k];
      if (warm) {
        for (int h = hint_first[i]; h < hint_first[i + 1] && left > 0; ++h) {
          const AssignedFlow& f = *hinted_flow_[h];
          if (f.shelter < 0 || static_cast<std::size_t>(f.shelter) >= net_.shelter_node.size()) continue;
          const int s = net_.shelter_node[f.shelter] - shelter_base_;
          for (int a = first_[k]; a < first_[k + 1]; ++a) {
            if (arc_shelter_[a] != s || arc_cost_[a] + price_[s] != cheapest) continue;
            const FlowAmount take = std::min(std::max<FlowAmount>(f.count, 0), left);
            flow_[a] += take;
            left -= take;
            break;
          }
        }
        if (cheapest == penalty_ + price_[sink_]) {
          const FlowAmount take = std::min(hinted_unplaced[i], left);
          unplaced_[k] += take;
          left -= take;
        }
      }
      if (best >= 0) {
        flow_[best] += left;
      } else {
        unplaced_[k] += left;
      }
      for (int a = first_[k]; a < first_[k + 1]; ++a) {
        if (flow_[a] == 0) continue;
        inflow[arc_shelter_[a]] += flow_[a];
        list_person(a);
      }
      if (unplaced_[k] > 0) list_unplaced(k);
      total_unplaced += unplaced_[k];
    }
    // A shelter priced above the sink must be full, one priced below it empty (complementary slackness on its
    // arc to the sink); the difference to what it holds is its excess or deficit.
    TotalCost into_sink = total_unplaced;
    TotalCost total_supply = 0;
    for (FlowAmount s : supply_) total_supply += s;
    served_.assign(shelters_, 0);
    for (int s = 0; s < shelters_; ++s) {
      if (price_[s] > price_[sink_]) {
        served_[s] = capacity_[s];
      } else if (price_[s] == price_[sink_]) {
        served_[s] = std::min(inflow[s], capacity_[s]);
      }
      excess_[s] = inflow[s] - served_[s];
      into_sink += served_[s];
    }
    excess_[sink_] = static_cast<FlowAmount>(into_sink - total_supply);
    for (int v = 0; v <= shelters_; ++v) {
      if (excess_[v] > 0) {
        sources_.push_back(v);
        to_route_ += excess_[v];
      }
    }
  }

  // Shortcut for a cold start, before the exact phase: rounds of raising each overfull shelter's price just
  // enough that, other prices staying, its excess would prefer its next-best option. Prices only rise and a
  // shelter is never pushed below its capacity, so this never creates deficits; it leaves far less excess for
  // the shortest paths. Correctness never depends on it (any prices are a valid start).
  void raise_prices_of_crowded_shelters() {
    std::vector<int> choice(units_);
    std::vector<FlowCost> margin(units_);
    std::vector<FlowAmount> load(shelters_);
    std::vector<std::vector<std::pair<FlowCost, FlowAmount>>> leaving(shelters_);
    FlowAmount last = 0;
    for (int round = 0; round < 40; ++round) {
      progress_.throw_if_cancelled();
      std::fill(load.begin(), load.end(), 0);
      for (int k = 0; k < units_; ++k) {
        FlowCost best = penalty_ + price_[sink_], second = best;
        int at = -1;
        for (int a = first_[k]; a < first_[k + 1]; ++a) {
          const FlowCost v = arc_cost_[a] + price_[arc_shelter_[a]];
          if (v < best) second = best, best = v, at = arc_shelter_[a];
          else if (v < second) second = v;
        }
        choice[k] = at;
        margin[k] = second - best;
        if (at >= 0) load[at] += supply_[k];
      }
      FlowAmount excess = 0;
      for (int s = 0; s < shelters_; ++s) excess += std::max<FlowAmount>(0, load[s] - capacity_[s]);
      if (excess == 0 || (round > 0 && excess * 20 > last * 19)) break;  // done, or no longer paying for its pass
      last = excess;
      for (int k = 0; k < units_; ++k) {
        const int s = choice[k];
        if (s >= 0 && load[s] > capacity_[s]) leaving[s].emplace_back(margin[k], supply_[k]);
      }
      for (int s = 0; s < shelters_; ++s) {
        auto& l = leaving[s];
        if (l.empty()) continue;
        std::sort(l.begin(), l.end());
        FlowAmount out = 0;
        for (const auto& [m, count] : l) {
          if ((out += count) >= load[s] - capacity_[s]) {
            price_[s] += m;
            break;
          }
        }
        l.clear();
      }
    }
  }

  void route_all_excess() {
    progress_.report("assigning", 0);
    progress_.throw_if_cancelled();
    FlowAmount routed = 0;
    long augmentations = 0;
    while (!sources_.empty()) {
      const int source = sources_.back();
      if (excess_[source] <= 0) {
        sources_.pop_back();
        continue;
      }
      if (++augmentations % 64 == 0) {
        progress_.report("assigning", static_cast<double>(routed) / static_cast<double>(to_route_));
        progress_.throw_if_cancelled();
      }
      const int sink = shortest_path(source);
      routed += augment(source, sink);
      raise_prices(dist_[sink]);
    }
    progress_.report("assigning", 1.0);
  }

  // Dijkstra over the shelters and the sink on reduced costs (all ≥ 0), from one node with excess to the
  // nearest node with a deficit.
  int shortest_path(int source) {
    for (int v : touched_) settled_[v] = reached_[v] = 0;
    touched_.clear();
    using Entry = std::pair<FlowCost, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    auto relax = [&](int v, FlowCost d, const Parent& via) {
      if (reached_[v] && dist_[v] <= d) return;
      if (!reached_[v]) touched_.push_back(v);
      reached_[v] = 1;
      dist_[v] = d;
      parent_[v] = via;
      queue.emplace(d, v);
    };
    relax(source, 0, {});
    while (!queue.empty()) {
      const auto [d, a] = queue.top();
      queue.pop();
      if (settled_[a]) continue;
      settled_[a] = 1;
      if (excess_[a] < 0) return a;
      list_pending(a);
      for (const Edge& e : edges_[a]) {
        if (e.live) relax(e.to, d + checked(reduced_cost(a, e.to, e.top)), {a, false, e.top});
      }
      if (a != sink_) {
        if (served_[a] < capacity_[a]) relax(sink_, d + checked(price_[sink_] - price_[a]), {a, true, {}});
      } else {
        for (int s = 0; s < shelters_; ++s) {
          if (served_[s] > 0) relax(s, d + checked(price_[s] - price_[sink_]), {a, true, {}});
        }
      }
    }
    throw std::logic_error("shelter assignment: excess with nowhere to go");
  }

  FlowCost reduced_cost(int a, int b, const Move& m) const {
    if (a == sink_) return m.key - penalty_ + price_[b] - price_[a];
    if (b == sink_) return m.key + penalty_ + price_[b] - price_[a];
    return m.key + price_[b] - price_[a];
  }

  static FlowCost checked(FlowCost reduced) {
    if (reduced < 0) throw std::logic_error("shelter assignment: negative reduced cost " + std::to_string(reduced));
    return reduced;
  }

  FlowAmount augment(int source, int sink) {
    path_.clear();
    FlowAmount delta = std::min(excess_[source], -excess_[sink]);
    for (int v = sink; v != source; v = parent_[v].from) {
      const Parent& e = parent_[v];
      path_.push_back({e.from, v});
      if (e.direct) {
        delta = std::min(delta, v == sink_ ? capacity_[e.from] - served_[e.from] : served_[v]);
      } else {
        delta = std::min(delta, e.move.from_arc >= 0 ? flow_[e.move.from_arc] : unplaced_[~e.move.from_arc]);
      }
    }
    for (const auto& [from, to] : path_) {
      const Parent& e = parent_[to];
      if (e.direct) {
        served_[to == sink_ ? from : to] += to == sink_ ? delta : -delta;
        continue;
      }
      const int unit = e.move.from_arc >= 0 ? arc_unit_[e.move.from_arc] : ~e.move.from_arc;
      if (e.move.from_arc >= 0) {
        if ((flow_[e.move.from_arc] -= delta) == 0) forget_moves(e.move.from_arc);
      } else {
        if ((unplaced_[unit] -= delta) == 0) forget_moves(e.move.from_arc);
      }
      if (e.move.to_arc >= 0) {
        flow_[e.move.to_arc] += delta;
        list_person(e.move.to_arc);
      } else {
        unplaced_[unit] += delta;
        list_unplaced(unit);
      }
    }
    excess_[source] -= delta;
    excess_[sink] += delta;
    return delta;
  }

  // Keeps every reduced cost ≥ 0 and makes the path just used cost 0: nodes settled nearer than the deficit
  // rise by the difference (the usual potential update, shifted so unsettled nodes keep their price).
  void raise_prices(FlowCost reached_at) {
    for (int v : touched_) {
      if (settled_[v] && dist_[v] < reached_at) price_[v] += reached_at - dist_[v];
    }
  }

  // A person newly at a shelter (or unplaced) can move on from there: their moves are added to that node's
  // heaps the next time the node is settled, so shelters no search reaches never build heaps at all.
  void list_person(int arc) {
    if (listed_[arc]) return;
    listed_[arc] = 1;
    pending_[arc_shelter_[arc]].push_back(arc);
  }
  void list_unplaced(int unit) {
    if (unplaced_listed_[unit]) return;
    unplaced_listed_[unit] = 1;
    pending_[sink_].push_back(unit);
  }

  void list_pending(int node) {
    for (int item : pending_[node]) {
      if (node == sink_) {
        unplaced_listed_[item] = 0;
        if (unplaced_[item] == 0) continue;
        for (int b = first_[item]; b < first_[item + 1]; ++b) push(node, arc_shelter_[b], {arc_cost_[b], ~item, b});
        continue;
      }
      listed_[item] = 0;
      if (flow_[item] == 0) continue;
      const int k = arc_unit_[item];
      const FlowCost here = arc_cost_[item];
      for (int b = first_[k]; b < first_[k + 1]; ++b) {
        if (b != item) push(node, arc_shelter_[b], {arc_cost_[b] - here, item, b});
      }
      push(node, sink_, {-here, item, -1});
    }
    pending_[node].clear();
    for (Edge& e : edges_[node]) {
      if (heaps_[e.heap].dirty) refresh(e);
    }
  }

  // The person who made the move `from_arc` has left: edges whose cheapest move was theirs need a new one.
  void forget_moves(int from_arc) {
    const bool unplaced = from_arc < 0;
    const int unit = unplaced ? ~from_arc : arc_unit_[from_arc];
    const int node = unplaced ? sink_ : arc_shelter_[from_arc];
    auto check = [&](int to) {
      const int slot = pair_edge_[index(node, to)];
      if (slot < 0) return;
      Edge& e = edges_[node][slot];
      if (e.live && e.top.from_arc == from_arc) refresh(e);
    };
    for (int b = first_[unit]; b < first_[unit + 1]; ++b) {
      if (b != from_arc) check(arc_shelter_[b]);
    }
    if (!unplaced) check(sink_);
  }

  std::size_t index(int a, int b) const { return static_cast<std::size_t>(a) * (shelters_ + 1) + b; }

  void push(int a, int b, const Move& m) {
    int& slot = pair_edge_[index(a, b)];
    if (slot < 0) {
      slot = static_cast<int>(edges_[a].size());
      edges_[a].push_back({b, static_cast<int>(heaps_.size()), false, {}});
      heaps_.emplace_back();
    }
    MoveHeap& h = heaps_[edges_[a][slot].heap];
    h.items.push_back(m);
    h.dirty = true;
  }

  bool still_there(const Move& m) const {
    return m.from_arc >= 0 ? flow_[m.from_arc] > 0 : unplaced_[~m.from_arc] > 0;
  }

  void refresh(Edge& e) {
    MoveHeap& heap = heaps_[e.heap];
    auto& items = heap.items;
    const std::size_t added = items.size() - heap.heapified;
    if (added * 8 > items.size()) {
      std::make_heap(items.begin(), items.end(), cheaper_on_top);
    } else {
      for (std::size_t i = heap.heapified; i < items.size(); ++i) {
        std::push_heap(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(i) + 1, cheaper_on_top);
      }
    }
    while (!items.empty() && !still_there(items.front())) {
      std::pop_heap(items.begin(), items.end(), cheaper_on_top);
      items.pop_back();
    }
    heap.heapified = items.size();
    heap.dirty = false;
    e.live = !items.empty();
    if (e.live) e.top = items.front();
  }

  // The flows on the network's own arcs and node potentials (sink at 0): the certificate the caller checks.
  flow::MinCostFlowResult certificate() const {
    const flow::MinCostFlowProblem& p = net_.problem;
    flow::MinCostFlowResult r;
    r.status = flow::FlowStatus::optimal;
    r.flow.assign(p.arcs.size(), 0);
    r.potential.assign(p.node_count(), 0);
    const FlowCost base = price_[sink_];
    for (int k = 0; k < units_; ++k) {
      FlowCost value = penalty_ + base;  // what placing one more of this unit costs: its potential, negated
      for (int a = first_[k]; a < first_[k + 1]; ++a) {
        r.flow[arc_id_[a]] = flow_[a];
        if (flow_[a] > 0) value = arc_cost_[a] + price_[arc_shelter_[a]];
      }
      r.potential[1 + k] = base - value;
    }
    for (std::size_t i = 0; i < net_.shelter_arc.size(); ++i) {
      if (net_.shelter_arc[i] < 0) continue;
      const int s = net_.shelter_node[i] - shelter_base_;
      r.flow[net_.shelter_arc[i]] = served_[s];
      r.potential[net_.shelter_node[i]] = base - price_[s];
    }
    for (std::size_t i = 0; i < net_.penalty_arc.size(); ++i) {
      if (net_.penalty_arc[i] >= 0) r.flow[net_.penalty_arc[i]] = unplaced_[net_.unit_node[i] - 1];
    }
    for (std::size_t a = 0; a < p.arcs.size(); ++a) r.cost += TotalCost{r.flow[a]} * p.arcs[a].cost;
    return r;
  }

  const AssignmentNetwork& net_;
  Progress& progress_;
  int units_ = 0, shelters_ = 0, sink_ = 0, shelter_base_ = 0;
  FlowCost penalty_ = 0;

  std::vector<int> first_, arc_shelter_, arc_id_, arc_unit_;
  std::vector<FlowCost> arc_cost_;
  std::vector<FlowAmount> supply_, flow_, unplaced_, capacity_, served_, excess_;
  std::vector<std::uint8_t> listed_, unplaced_listed_;
  std::vector<const AssignedFlow*> hinted_flow_;

  std::vector<FlowCost> price_;  // per shelter and the sink (last)
  std::vector<int> pair_edge_;   // (from, to) → slot in edges_[from], -1 until a move between them is seen
  std::vector<std::vector<Edge>> edges_;
  std::vector<MoveHeap> heaps_;
  std::vector<std::vector<int>> pending_;
  std::vector<int> sources_;
  FlowAmount to_route_ = 0;

  std::vector<FlowCost> dist_;
  std::vector<std::uint8_t> settled_, reached_;
  std::vector<Parent> parent_;
  std::vector<int> touched_;
  std::vector<std::pair<int, int>> path_;
};

}  // namespace

flow::MinCostFlowResult solve_on_shelter_graph(const AssignmentNetwork& net, const AssignmentResult* warm,
                                               Progress& progress) {
  return ShelterGraphSolver(net, progress).solve(warm);
}

}  // namespace bosai::routing::assignment
