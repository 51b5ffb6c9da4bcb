#include "services/assignment_run.h"

#include "core/error.h"
#include "routing/assignment/assign.h"
#include "routing/assignment/assignment_inputs.h"
#include "routing/assignment/road_candidates.h"
#include "routing/assignment/straight_line_candidates.h"
#include "routing/route.h"

#include <algorithm>
#include <cstdio>

namespace bosai::services {
namespace {

namespace as = routing::assignment;

// Credit is owed only when GSI's data is on show: the shipped sample's made-up ids start with X, not E.
std::string credit_for(const std::vector<as::NamedShelter>& shelters, bool osm_roads) {
  const bool gsi = std::any_of(shelters.begin(), shelters.end(), [](const as::NamedShelter& s) {
    return s.slot.id.size() == 14 && s.slot.id[0] == 'E';  // a GSI 共通ID
  });
  std::string credit = gsi ? "出典：国土地理院 指定緊急避難場所・指定避難所データ" : "";
  if (osm_roads) credit += std::string(credit.empty() ? "" : " / ") + "© OpenStreetMap contributors";
  return credit;
}

bool is_osm(const std::filesystem::path& file) {
  const auto name = file.filename().string();
  return name.ends_with(".pbf") || name.ends_with(".osm");
}

ShelterAvailability shelters_for(store::Store* store, const AssignmentRequest& request) {
  if (request.gsi_shelters.empty() != request.capacities.empty()) {
    throw InputError("", 0, "capacities", "a GSI shelter file and its capacity file go together (GSI files have no capacities)");
  }
  ShelterAvailability shelters;
  if (!request.gsi_shelters.empty()) {
    shelters.usable = as::read_gsi_shelters(request.gsi_shelters, request.capacities);
  } else {
    if (!store) throw InputError("", 0, "shelters", "no shelter registry: open a database or give a GSI shelter file");
    shelters = available_shelters(*store, request.as_of);
  }
  close_shelters(shelters, request.closed_shelters, request.closed_areas);
  fill_shelters(shelters, request.full_shelters);
  return shelters;
}

std::vector<as::PopulationUnit> units_for(const AssignmentRequest& request) {
  return request.units_csv.empty() ? request.units : as::read_population_units(request.units_csv);
}

std::vector<as::ShelterSlot> slots_of(const ShelterAvailability& shelters) {
  std::vector<as::ShelterSlot> slots;
  for (const auto& s : shelters.usable) slots.push_back(s.slot);
  return slots;
}

AssignmentOutcome solve(AssignmentOutcome out, const std::vector<as::Candidate>& candidates, double max_walk_m,
                        Progress& progress) {
  progress.throw_if_cancelled();
  progress.report("solving", -1);
  out.result = as::assign_to_shelters(out.units, slots_of(out.shelters), candidates, {max_walk_m});
  progress.report("solving", 1);
  return out;
}

}  // namespace

AssignmentOutcome run_assignment(store::Store* store, const AssignmentRequest& request, Progress& progress) {
  if (request.roads) {
    RoadNetwork network(*request.roads, progress);
    return run_assignment(store, request, network, progress);
  }
  AssignmentOutcome out;
  out.units = units_for(request);
  out.shelters = shelters_for(store, request);
  char label[64];
  std::snprintf(label, sizeof label, "estimated: straight line x %.2f", request.detour);
  out.distances = label;
  out.credit = credit_for(out.shelters.usable, false);
  const auto candidates = as::straight_line_candidates(out.units, slots_of(out.shelters), request.max_walk_m, request.detour);
  return solve(std::move(out), candidates, request.max_walk_m, progress);
}

AssignmentOutcome run_assignment(store::Store* store, const AssignmentRequest& request, RoadNetwork& network,
                                 Progress& progress) {
  AssignmentOutcome out;
  out.units = units_for(request);
  out.shelters = shelters_for(store, request);
  for (const auto& area : request.closed_areas) network.close_area(area);
  out.distances = "road network (" + routing::profile_name(network.graph().profile) + ")";
  out.credit = credit_for(out.shelters.usable, is_osm(network.source().file));

  progress.report("snapping", 0);
  std::vector<routing::SnappedPoint> from, to;
  from.reserve(out.units.size());
  for (const auto& u : out.units) from.push_back(network.snap(u.position));
  for (const auto& s : out.shelters.usable) to.push_back(network.snap(s.slot.position));
  progress.throw_if_cancelled();
  progress.report("distances", 0);
  const auto candidates =
      as::road_candidates(network.graph(), from, to, request.max_walk_m, &network.closures());
  out = solve(std::move(out), candidates, request.max_walk_m, progress);
  if (request.trip_paths) {
    for (const auto& f : out.result.flows) {
      progress.throw_if_cancelled();
      out.paths.push_back(routing::shortest_route(network.graph(), from[f.unit], to[f.shelter], routing::Metric::kMetres,
                                                  &network.closures())
                              .geometry);
    }
  }
  return out;
}

}  // namespace bosai::services
