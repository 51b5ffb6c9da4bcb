// Shelter assignment: our whole pipeline (network build + exact solve on the shelter graph + certificate +
// read-out) against LEMON's network simplex run bare on the very same network, LEMON's capacity scaling, and
// Boost's successive shortest path; then a drill inject (10 shelters closed, 5 % of trips cut or lengthened by
// closed roads, 5 % more people arriving) re-solved warm from the previous optimum against LEMON solving the
// edited network cold. Optimal costs must be identical. Instances: (a) a synthetic ward with straight-line
// distances, (b) the same scale on a ~100k-junction street grid with walking distances, (c) the real
// Tachikawa road junctions and its 43 real designated shelters.
#include "routing/assignment/assign.h"
#include "routing/assignment/assignment_network.h"
#include "routing/assignment/road_candidates.h"
#include "routing/assignment/straight_line_candidates.h"
#include "routing/load_road_graph.h"
#include "routing/snapper.h"
#include "routing/flow/min_cost_flow.h"
#include "plans/toml_fields.h"
#include "text/csv_reader.h"
#include "street_grid.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>
#include <boost/graph/find_flow_cost.hpp>
#include <lemon/capacity_scaling.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <string>

namespace as = bosai::routing::assignment;
namespace flow = bosai::routing::flow;

namespace {

struct Instance {
  std::string name;
  std::vector<as::PopulationUnit> units;
  std::vector<as::ShelterSlot> shelters;
  std::vector<as::Candidate> candidates;
  as::AssignmentOptions options;
  double candidate_seconds = 0;  // time to compute the distances
};

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double seconds_of(const std::function<void()>& work, int repeats) {
  std::vector<double> times;
  for (int r = 0; r < repeats; ++r) {
    const double start = cpu_seconds();
    work();
    times.push_back(cpu_seconds() - start);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];  // median
}

bosai::GeoPoint from_metres(double x, double y) {  // local plane around central Tokyo
  constexpr double lat0 = 35.65;
  return {lat0 + y / 111'320.0, 139.65 + x / (111'320.0 * std::cos(lat0 * 3.14159265358979 / 180))};
}

// Ward-scale: 8 km × 7 km, 50,000 origins (1–8 people, 5 % needing care), 300 shelters (400–1,300 places,
// every 10th a 福祉避難所), trips = straight line × 1.3 detour within 1.5 km.
Instance synthetic(int origins, int shelter_count, std::uint32_t seed) {
  Instance in;
  in.name = "synthetic " + std::to_string(origins) + " origins x " + std::to_string(shelter_count) + " shelters";
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> x(0, 8000), y(0, 7000);
  for (int s = 0; s < shelter_count; ++s) {
    in.shelters.push_back({"S" + std::to_string(s), from_metres(x(rng), y(rng)),
                           std::uniform_int_distribution<std::int64_t>(400, 1300)(rng), s % 10 == 0});
  }
  for (int u = 0; u < origins; ++u) {
    in.units.push_back({"U" + std::to_string(u), from_metres(x(rng), y(rng)),
                        std::uniform_int_distribution<std::int64_t>(1, 8)(rng),
                        std::uniform_int_distribution<int>(0, 19)(rng) == 0});
  }
  in.options.max_walk_m = 1500;
  in.candidate_seconds =
      seconds_of([&] { in.candidates = as::straight_line_candidates(in.units, in.shelters, 1500, 1.3); }, 1);
  return in;
}

// The same ward scale on roads: a 316 × 316 jittered street grid (≈ 100k junctions, blocks of 20–30 m over
// about 7.9 × 7.1 km), 50,000 origins and 300 shelters at random junctions (counts, capacities and care as
// above), walking distances over the grid within 1.5 km.
Instance street_grid_ward(int origins, int shelter_count, std::uint32_t seed) {
  bosai::bench::StreetGrid grid;
  grid.step_lon = 0.000275;
  grid.step_lat = 0.000225;
  grid.min_length_m = 20;
  grid.length_spread_m = 10;
  const auto file = bosai::bench::write_street_grid(grid, "ward-grid");
  bosai::routing::LoadOptions fresh;
  fresh.use_cache = false;
  const auto graph = bosai::routing::load_road_graph(file, bosai::routing::Profile::kWalk, fresh);
  std::filesystem::remove(file);

  Instance in;
  in.name = "street grid ward (" + std::to_string(graph.node_count()) + " junctions): " + std::to_string(origins) +
            " origins x " + std::to_string(shelter_count) + " shelters";
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> junction(0, graph.node_count() - 1);
  auto at_junction = [&](std::size_t n) {
    bosai::routing::SnappedPoint p;
    p.query = p.position = graph.node_position[n];
    p.node = static_cast<bosai::routing::NodeId>(n);
    return p;
  };
  std::vector<bosai::routing::SnappedPoint> shelter_points, unit_points;
  for (int s = 0; s < shelter_count; ++s) {
    shelter_points.push_back(at_junction(junction(rng)));
    in.shelters.push_back({"S" + std::to_string(s), shelter_points.back().position,
                           std::uniform_int_distribution<std::int64_t>(400, 1300)(rng), s % 10 == 0});
  }
  for (int u = 0; u < origins; ++u) {
    unit_points.push_back(at_junction(junction(rng)));
    in.units.push_back({"U" + std::to_string(u), unit_points.back().position,
                        std::uniform_int_distribution<std::int64_t>(1, 8)(rng),
                        std::uniform_int_distribution<int>(0, 19)(rng) == 0});
  }
  in.options.max_walk_m = 1500;
  in.candidate_seconds = seconds_of(
      [&] { in.candidates = as::road_candidates(graph, unit_points, shelter_points, in.options.max_walk_m); }, 1);
  return in;
}

// Real junctions of Tachikawa's road network (walk profile; one origin each, 185,000 residents spread
// evenly, every 20th needing care) and its 43 real designated shelters snapped to the roads. GSI lists no
// capacities and no 福祉避難所 here: the bench assumes capacity = 110 % of the population shared equally,
// and every 10th shelter taking people needing care. Distances: road network, within 2 km.
Instance tachikawa(const std::string& dir) {
  Instance in;
  in.name = "Tachikawa (real road network, real shelters)";
  const std::string gsi = dir + "/gsi-designated-shelters.csv";
  const auto rows = bosai::text::parse_csv(bosai::plans::read_text_file(gsi), gsi);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& f = rows[r].fields;
    if (f.size() < 10) continue;
    in.shelters.push_back({f[1], {std::stod(f[8]), std::stod(f[9])}, 0, in.shelters.size() % 10 == 0});
  }
  const auto graph = bosai::routing::load_road_graph(dir + "/roads-drive.geojson", bosai::routing::Profile::kWalk);
  constexpr std::int64_t residents = 185'000;
  const auto n = static_cast<std::int64_t>(graph.node_count());
  std::vector<bosai::routing::SnappedPoint> unit_points;
  for (std::int64_t i = 0; i < n; ++i) {
    const std::int64_t count = residents * (i + 1) / n - residents * i / n;
    const auto& position = graph.node_position[i];
    in.units.push_back({std::to_string(i), position, count, i % 20 == 0});
    bosai::routing::SnappedPoint p;
    p.query = p.position = position;
    p.node = static_cast<bosai::routing::NodeId>(i);
    unit_points.push_back(p);
  }
  for (auto& s : in.shelters) s.capacity = residents * 11 / 10 / static_cast<std::int64_t>(in.shelters.size());
  in.options.max_walk_m = 2000;
  in.candidate_seconds = seconds_of(
      [&] {
        const bosai::routing::Snapper snapper(graph);
        std::vector<bosai::routing::SnappedPoint> shelter_points;
        for (const auto& s : in.shelters) shelter_points.push_back(snapper.snap(s.position));
        in.candidates = as::road_candidates(graph, unit_points, shelter_points, in.options.max_walk_m);
      },
      3);
  return in;
}

// The objective LEMON minimises, recomputed from our answer: decimetres walked + penalty per unplaced
// person who had a shelter in reach.
flow::TotalCost objective(const Instance& in, const as::AssignmentNetwork& net, const as::AssignmentResult& r) {
  flow::TotalCost total = 0;
  for (const auto& f : r.flows) total += flow::TotalCost{f.count} * std::llround(f.distance_m * 10);
  for (const auto& u : r.unplaced) {
    if (u.reason == as::UnplacedReason::no_capacity) total += flow::TotalCost{u.count} * net.penalty;
  }
  (void)in;
  return total;
}

template <typename Run>
flow::TotalCost lemon_on(const flow::MinCostFlowProblem& p, Run run) {
  lemon::SmartDigraph g;
  g.reserveNode(p.node_count());
  g.reserveArc(static_cast<int>(p.arcs.size()));
  for (int v = 0; v < p.node_count(); ++v) g.addNode();
  lemon::SmartDigraph::ArcMap<std::int64_t> cap(g), cost(g);
  lemon::SmartDigraph::NodeMap<std::int64_t> supply(g);
  for (const auto& a : p.arcs) {
    const auto arc = g.addArc(g.nodeFromId(a.from), g.nodeFromId(a.to));
    cap[arc] = a.upper;
    cost[arc] = a.cost;
  }
  for (int v = 0; v < p.node_count(); ++v) supply[g.nodeFromId(v)] = p.supply[v];
  return run(g, cap, cost, supply);
}

flow::TotalCost lemon_network_simplex(const flow::MinCostFlowProblem& p) {
  return lemon_on(p, [](auto& g, auto& cap, auto& cost, auto& supply) {
    lemon::NetworkSimplex<lemon::SmartDigraph, std::int64_t, std::int64_t> ns(g);
    ns.upperMap(cap).costMap(cost).supplyMap(supply).run();
    return ns.template totalCost<flow::TotalCost>();
  });
}

// (LEMON's cost scaling does not compile as C++20 in Debian's LEMON 1.3.1: its static graph uses
// std::allocator::construct.)
flow::TotalCost lemon_capacity_scaling(const flow::MinCostFlowProblem& p) {
  return lemon_on(p, [](auto& g, auto& cap, auto& cost, auto& supply) {
    lemon::CapacityScaling<lemon::SmartDigraph, std::int64_t, std::int64_t> cs(g);
    cs.upperMap(cap).costMap(cost).supplyMap(supply).run();
    return cs.template totalCost<flow::TotalCost>();
  });
}

// Boost's successive shortest path needs one source: a super source feeds every unit its count.
flow::TotalCost boost_ssp(const flow::MinCostFlowProblem& p) {
  using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
  using Graph = boost::adjacency_list<
      boost::vecS, boost::vecS, boost::directedS, boost::no_property,
      boost::property<boost::edge_capacity_t, long,
                      boost::property<boost::edge_residual_capacity_t, long,
                                      boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                      boost::property<boost::edge_weight_t, long>>>>>;
  Graph g(p.node_count() + 1);
  auto capacity = get(boost::edge_capacity, g);
  auto reverse = get(boost::edge_reverse, g);
  auto weight = get(boost::edge_weight, g);
  auto add = [&](int u, int v, long cap, long cost) {
    const auto e = add_edge(u, v, g).first;
    const auto r = add_edge(v, u, g).first;
    capacity[e] = cap;
    capacity[r] = 0;
    weight[e] = cost;
    weight[r] = -cost;
    reverse[e] = r;
    reverse[r] = e;
  };
  const int source = p.node_count();
  int sink = 0;
  for (int v = 0; v < p.node_count(); ++v) {
    if (p.supply[v] > 0) add(source, v, p.supply[v], 0);
    if (p.supply[v] < 0) sink = v;
  }
  for (const auto& a : p.arcs) add(a.from, a.to, a.upper, a.cost);
  boost::successive_shortest_path_nonnegative_weights(g, source, sink);
  return boost::find_flow_cost(g);
}

void row(const char* what, double seconds, flow::TotalCost cost, double reference) {
  std::printf("  %-50s %9.1f ms   cost %-16s  time %5.3fx LEMON's (%.1fx faster)\n", what, seconds * 1000,
              flow::to_string(cost).c_str(), seconds / reference, reference / seconds);
}

// A drill inject: 10 shelters close (capacity 0), 5 % of the trips are hit by closed roads (half of them
// vanish, half get 10–50 % longer), and 5 % more units arrive where others already are (same trips).
Instance after_inject(const Instance& before, std::uint32_t seed) {
  Instance in = before;
  in.name = before.name + ", after the inject";
  std::mt19937 rng(seed);
  for (int closed = 0; closed < 10;) {
    auto& s = in.shelters[std::uniform_int_distribution<std::size_t>(0, in.shelters.size() - 1)(rng)];
    if (s.capacity > 0) s.capacity = 0, ++closed;
  }
  std::vector<as::Candidate> kept;
  kept.reserve(in.candidates.size());
  std::uniform_real_distribution<double> chance(0, 1), longer(1.1, 1.5);
  for (as::Candidate c : in.candidates) {
    const double hit = chance(rng);
    if (hit < 0.025) continue;
    if (hit < 0.05) c.distance_m *= longer(rng);
    kept.push_back(c);
  }
  std::vector<std::vector<as::Candidate>> by_unit(in.units.size());
  for (const auto& c : kept) by_unit[c.unit].push_back(c);
  const std::size_t arrivals = in.units.size() / 20;
  for (std::size_t k = 0; k < arrivals; ++k) {
    const int like = std::uniform_int_distribution<int>(0, static_cast<int>(before.units.size()) - 1)(rng);
    const int unit = static_cast<int>(in.units.size());
    in.units.push_back(in.units[like]);
    in.units.back().id += "+" + std::to_string(k);
    for (as::Candidate c : by_unit[like]) {
      c.unit = unit;
      kept.push_back(c);
    }
  }
  in.candidates = std::move(kept);
  return in;
}

struct Solved {
  as::AssignmentResult result;
  flow::TotalCost lemon = 0;
};

// Cold: ours (whole pipeline) against bare LEMON on the same network.
Solved run_cold(const Instance& in, const as::AssignmentNetwork& net, int repeats, double* lemon_seconds) {
  Solved out;
  *lemon_seconds = seconds_of([&] { out.lemon = lemon_network_simplex(net.problem); }, repeats);
  const double t_ours =
      seconds_of([&] { out.result = as::assign_to_shelters(in.units, in.shelters, in.candidates, in.options); }, repeats);
  row("bare LEMON network simplex (same network)", *lemon_seconds, out.lemon, *lemon_seconds);
  row("ours: assign_to_shelters (whole pipeline)", t_ours, objective(in, net, out.result), *lemon_seconds);
  return out;
}

void run_inject(const Instance& before, const as::AssignmentResult& previous, int repeats) {
  const Instance in = after_inject(before, 99);
  const auto net = as::build_assignment_network(in.units, in.shelters, in.candidates, in.options);
  std::printf("  -- inject: 10 shelters closed, 5 %% of trips cut or longer, +5 %% units: %zu units, %zu trips\n",
              in.units.size(), in.candidates.size());
  double t_lemon = 0;
  const Solved cold = run_cold(in, net, repeats, &t_lemon);
  as::AssignmentResult warm;
  const double t_warm = seconds_of(
      [&] {
        warm = as::reassign_to_shelters(in.units, in.shelters, in.candidates, in.options, previous, bosai::no_progress());
      },
      repeats);
  row("ours: reassign_to_shelters from the last optimum", t_warm, objective(in, net, warm), t_lemon);
  const bool same = objective(in, net, cold.result) == cold.lemon && objective(in, net, warm) == cold.lemon;
  std::printf("  optimal costs identical after the inject: %s;  placed %lld (was %lld)\n", same ? "yes" : "NO",
              static_cast<long long>(warm.placed), static_cast<long long>(previous.placed));
}

void run(const Instance& in, bool with_boost, bool with_scaling, int repeats) {
  const auto net = as::build_assignment_network(in.units, in.shelters, in.candidates, in.options);
  std::printf("\n%s: %zu units, %zu shelters, %zu candidate trips; flow network %d nodes, %zu arcs\n",
              in.name.c_str(), in.units.size(), in.shelters.size(), in.candidates.size(), net.problem.node_count(),
              net.problem.arcs.size());
  double t_lemon = 0;
  const Solved cold = run_cold(in, net, repeats, &t_lemon);
  flow::TotalCost scaling = cold.lemon, boost_cost = cold.lemon;
  if (with_scaling) {
    const double t_scaling = seconds_of([&] { scaling = lemon_capacity_scaling(net.problem); }, 1);
    row("LEMON capacity scaling (same network)", t_scaling, scaling, t_lemon);
  }
  if (with_boost) {
    const double t_boost = seconds_of([&] { boost_cost = boost_ssp(net.problem); }, 1);
    row("Boost successive_shortest_path_nonneg.", t_boost, boost_cost, t_lemon);
  } else {
    std::printf("  %-50s skipped here (too slow at this size): see the small instance\n", "Boost successive shortest path");
  }
  const bool same = objective(in, net, cold.result) == cold.lemon && scaling == cold.lemon && boost_cost == cold.lemon;
  std::printf("  optimal costs identical: %s;  placed %lld, unplaced groups %zu, %.0f person-km\n", same ? "yes" : "NO",
              static_cast<long long>(cold.result.placed), cold.result.unplaced.size(), cold.result.person_metres / 1000);
  std::printf("  distances: %.1f ms\n", in.candidate_seconds * 1000);
  run_inject(in, cold.result, repeats);
}

}  // namespace

int main() {
  std::printf("Shelter assignment benchmark (median of repeated runs; ratio = time / bare LEMON network simplex)\n");
  std::printf("Times are CPU seconds of this process (2 cores shared with other work: wall time is noisier).\n");
  std::printf("Distances: synthetic ward = straight line x 1.3 detour; Tachikawa = walking over the real road network.\n");
  run(synthetic(2'000, 40, 11), true, true, 3);
  run(synthetic(50'000, 300, 12), false, true, 3);
  run(street_grid_ward(50'000, 300, 13), false, false, 3);
  const std::string tachi = std::string(BOSAI_SHARED_DATA) + "/tachikawa";
  if (std::ifstream(tachi + "/gsi-designated-shelters.csv")) {
    run(tachikawa(tachi), false, true, 3);
  } else {
    std::printf("\nTachikawa data not found under %s: skipped\n", tachi.c_str());
  }
  return 0;
}
