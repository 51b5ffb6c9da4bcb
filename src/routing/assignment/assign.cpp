#include "routing/assignment/assign.h"

#include "routing/assignment/assignment_network.h"
#include "routing/assignment/shelter_graph_solver.h"
#include "routing/flow/min_cost_flow.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <tuple>

namespace bosai::routing::assignment {
namespace {

namespace flow = routing::flow;

// Costs are whole decimetres: integral, so the network simplex is exact, and fine enough that rounding
// never reorders two walks a person would tell apart.
flow::FlowCost decimetres(double metres) { return std::llround(metres * 10); }

void validate(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
              const std::vector<Candidate>& candidates, const AssignmentOptions& options) {
  if (!(options.max_walk_m >= 0) || !std::isfinite(options.max_walk_m) || options.max_walk_m > 1e6) {
    throw std::invalid_argument("maximum walk must be between 0 and 1,000 km");
  }
  for (const auto& u : units) {
    if (u.count < 0) throw std::invalid_argument("unit " + u.id + " has a negative count");
  }
  for (const auto& s : shelters) {
    if (s.capacity < 0) throw std::invalid_argument("shelter " + s.id + " has a negative capacity");
  }
  for (const auto& c : candidates) {
    if (c.unit < 0 || c.unit >= static_cast<int>(units.size()) || c.shelter < 0 ||
        c.shelter >= static_cast<int>(shelters.size())) {
      throw std::invalid_argument("candidate names unit " + std::to_string(c.unit) + " / shelter " +
                                  std::to_string(c.shelter) + ", which do not exist");
    }
    if (!(c.distance_m >= 0) || !std::isfinite(c.distance_m)) {
      throw std::invalid_argument("candidate distance must be a finite number of metres ≥ 0");
    }
  }
}

}  // namespace

std::string_view describe(UnplacedReason reason) {
  switch (reason) {
    case UnplacedReason::out_of_reach: return "out_of_reach";
    case UnplacedReason::no_capacity: return "no_capacity";
  }
  return "unknown";
}

AssignmentNetwork build_assignment_network(const std::vector<PopulationUnit>& units,
                                           const std::vector<ShelterSlot>& shelters,
                                           const std::vector<Candidate>& candidates, const AssignmentOptions& options) {
  validate(units, shelters, candidates, options);

  // Usable trips: within the walk, care rule respected, someone to send, somewhere to sleep.
  std::vector<int> usable;
  usable.reserve(candidates.size());
  std::vector<char> in_reach(units.size(), 0);
  for (int k = 0; k < static_cast<int>(candidates.size()); ++k) {
    const Candidate& c = candidates[k];
    const PopulationUnit& u = units[c.unit];
    if (c.distance_m > options.max_walk_m || u.count == 0) continue;
    if (u.needs_care && !shelters[c.shelter].accepts_care) continue;
    in_reach[c.unit] = 1;
    if (shelters[c.shelter].capacity > 0) usable.push_back(k);
  }

  // The penalty exceeds any chain of re-assignments (≤ one trip per shelter, each ≤ the maximum walk),
  // which makes the optimum place as many people as possible first (docs/assignment.md).
  AssignmentNetwork net;
  flow::MinCostFlowProblem& network = net.problem;
  net.unit_node.assign(units.size(), -1);
  net.shelter_node.assign(shelters.size(), -1);
  net.sink = network.add_node();
  std::int64_t total = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!in_reach[i]) continue;
    net.unit_node[i] = network.add_node(units[i].count);
    total += units[i].count;
  }
  network.supply[net.sink] = -total;
  int shelters_used = 0;
  for (int k : usable) {
    const Candidate& c = candidates[k];
    if (net.shelter_node[c.shelter] < 0) {
      net.shelter_node[c.shelter] = network.add_node();
      ++shelters_used;
    }
  }
  network.arcs.reserve(usable.size() + shelters_used + units.size());
  for (int k : usable) {
    const Candidate& c = candidates[k];
    network.add_arc(net.unit_node[c.unit], net.shelter_node[c.shelter], 0,
                    std::min(units[c.unit].count, shelters[c.shelter].capacity), decimetres(c.distance_m));
  }
  net.trip_candidate = std::move(usable);
  net.shelter_arc.assign(shelters.size(), -1);
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    if (net.shelter_node[s] >= 0) {
      net.shelter_arc[s] = network.add_arc(net.shelter_node[s], net.sink, 0, shelters[s].capacity, 0);
    }
  }
  net.penalty = decimetres(options.max_walk_m) * (static_cast<flow::FlowCost>(shelters.size()) + 1) + 1;
  net.penalty_arc.assign(units.size(), -1);
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (net.unit_node[i] >= 0) {
      net.penalty_arc[i] = network.add_arc(net.unit_node[i], net.sink, 0, units[i].count, net.penalty);
    }
  }
  return net;
}

namespace {

AssignmentResult solve(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                       const std::vector<Candidate>& candidates, const AssignmentOptions& options,
                       const AssignmentResult* warm, Progress& progress) {
  progress.report("building", 0);
  const AssignmentNetwork net = build_assignment_network(units, shelters, candidates, options);
  progress.throw_if_cancelled();
  const flow::MinCostFlowProblem& network = net.problem;
  const flow::MinCostFlowResult solved = solve_on_shelter_graph(net, warm, progress);
  progress.report("checking", 1);
  if (const std::string broken = flow::check_optimality(network, solved); !broken.empty()) {
    throw std::logic_error("shelter assignment failed its optimality certificate: " + broken);
  }

  AssignmentResult result;
  result.shelter_load.assign(shelters.size(), 0);
  for (std::size_t a = 0; a < net.trip_candidate.size(); ++a) {
    const flow::FlowAmount f = solved.flow[a];
    if (f == 0) continue;
    const Candidate& c = candidates[net.trip_candidate[a]];
    result.flows.push_back({c.unit, c.shelter, f, c.distance_m});
    result.person_metres += static_cast<double>(f) * c.distance_m;
  }
  std::sort(result.flows.begin(), result.flows.end(),
            [](const AssignedFlow& a, const AssignedFlow& b) { return std::tie(a.unit, a.shelter) < std::tie(b.unit, b.shelter); });
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    if (net.shelter_arc[s] >= 0) result.shelter_load[s] = solved.flow[net.shelter_arc[s]];
    result.placed += result.shelter_load[s];
  }
  // Potentials are relative to the sink's: a shelter's price is how far its potential sits below it.
  result.shelter_price.assign(shelters.size(), 0);
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    if (net.shelter_node[s] >= 0) {
      result.shelter_price[s] =
          static_cast<std::int64_t>(solved.potential[net.sink] - solved.potential[net.shelter_node[s]]);
    }
  }
  for (std::size_t i = 0; i < units.size(); ++i) {
    const int unit = static_cast<int>(i);
    if (units[i].count == 0) continue;
    if (net.penalty_arc[i] < 0) {
      result.unplaced.push_back({unit, units[i].count, UnplacedReason::out_of_reach});
    } else if (const flow::FlowAmount left = solved.flow[net.penalty_arc[i]]; left > 0) {
      result.unplaced.push_back({unit, left, UnplacedReason::no_capacity});
    }
  }
  return result;
}

}  // namespace

AssignmentResult assign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                    const std::vector<Candidate>& candidates, const AssignmentOptions& options,
                                    Progress& progress) {
  return solve(units, shelters, candidates, options, nullptr, progress);
}

AssignmentResult assign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                    const std::vector<Candidate>& candidates, const AssignmentOptions& options) {
  return solve(units, shelters, candidates, options, nullptr, no_progress());
}

AssignmentResult reassign_to_shelters(const std::vector<PopulationUnit>& units, const std::vector<ShelterSlot>& shelters,
                                      const std::vector<Candidate>& candidates, const AssignmentOptions& options,
                                      const AssignmentResult& previous, Progress& progress) {
  return solve(units, shelters, candidates, options, &previous, progress);
}

}  // namespace bosai::routing::assignment
