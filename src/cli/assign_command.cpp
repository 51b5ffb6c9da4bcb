#include "cli/assign_shelters.h"
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/road_loading.h"
#include "core/error.h"
#include "routing/assignment/assign.h"
#include "routing/assignment/assignment_inputs.h"
#include "routing/assignment/road_candidates.h"
#include "routing/assignment/straight_line_candidates.h"
#include "routing/closures.h"
#include "routing/route.h"
#include "routing/snapper.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

namespace bosai::cli {
namespace {

namespace as = routing::assignment;

struct Options {
  RoadFileOptions roads;
  std::string units;
  std::string shelters;
  std::string capacities;
  double max_walk = 2000;
  double detour = 1.3;
  std::string geojson;
  std::string as_of;
  std::vector<std::string> closed_areas;
  std::vector<std::string> closed_shelters;
};

// Credit is owed only when GSI's data is on show: the shipped sample's made-up ids start with X, not E.
std::string gsi_credit(const std::vector<as::NamedShelter>& shelters) {
  const bool gsi = std::any_of(shelters.begin(), shelters.end(), [](const as::NamedShelter& s) {
    return s.slot.id.size() == 14 && s.slot.id[0] == 'E';  // a GSI 共通ID
  });
  return gsi ? "出典：国土地理院 指定緊急避難場所・指定避難所データ" : "";
}

// One line per trip and one point per group left unplaced. A trip follows its road route when `paths`
// has one for it (same order as r.flows), else it is drawn straight from home to shelter.
nlohmann::json geojson(const std::vector<as::PopulationUnit>& units, const std::vector<as::NamedShelter>& shelters,
                       const as::AssignmentResult& r, const std::vector<std::vector<GeoPoint>>& paths) {
  nlohmann::json features = nlohmann::json::array();
  for (std::size_t i = 0; i < r.flows.size(); ++i) {
    const auto& f = r.flows[i];
    const auto& from = units[f.unit].position;
    const auto& to = shelters[f.shelter].slot.position;
    nlohmann::json line = nlohmann::json::array({{from.lon, from.lat}});
    if (i < paths.size()) {
      for (const auto& p : paths[i]) line.push_back({p.lon, p.lat});
    }
    line.push_back({to.lon, to.lat});
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "LineString"}, {"coordinates", line}}},
                        {"properties",
                         {{"unit", units[f.unit].id},
                          {"shelter", shelters[f.shelter].slot.id},
                          {"shelter_name", shelters[f.shelter].name},
                          {"count", f.count},
                          {"distance_m", f.distance_m},
                          {"drawn", i < paths.size() ? "road" : "straight"}}}});
  }
  for (const auto& u : r.unplaced) {
    const auto& p = units[u.unit].position;
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
                        {"properties", {{"unit", units[u.unit].id}, {"count", u.count}, {"unplaced", as::describe(u.reason)}}}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

nlohmann::json report(const std::vector<as::PopulationUnit>& units, const AssignableShelters& all,
                      const as::AssignmentResult& r, const std::string& distances) {
  const auto& shelters = all.usable;
  nlohmann::json loads = nlohmann::json::array();
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    loads.push_back({{"id", shelters[s].slot.id},
                     {"name", shelters[s].name},
                     {"capacity", shelters[s].slot.capacity},
                     {"accepts_care", shelters[s].slot.accepts_care},
                     {"load", r.shelter_load[s]}});
  }
  nlohmann::json excluded = nlohmann::json::array();
  for (const auto& e : all.excluded) excluded.push_back({{"id", e.id}, {"name", e.name}, {"reason", e.reason}});
  nlohmann::json flows = nlohmann::json::array();
  for (const auto& f : r.flows) {
    flows.push_back({{"unit", units[f.unit].id}, {"shelter", shelters[f.shelter].slot.id}, {"count", f.count},
                     {"distance_m", f.distance_m}});
  }
  nlohmann::json unplaced = nlohmann::json::array();
  for (const auto& u : r.unplaced) {
    unplaced.push_back({{"unit", units[u.unit].id}, {"count", u.count}, {"reason", as::describe(u.reason)}});
  }
  return {{"distances", distances}, {"placed", r.placed}, {"person_metres", r.person_metres},
          {"shelters", loads},      {"excluded", excluded}, {"flows", flows},
          {"unplaced", unplaced},   {"credit", gsi_credit(shelters)}};
}

void print_text(const std::vector<as::PopulationUnit>& units, const AssignableShelters& all,
                const as::AssignmentResult& r, const std::string& distances) {
  const auto& shelters = all.usable;
  std::int64_t left = 0;
  for (const auto& u : r.unplaced) left += u.count;
  std::printf("避難先割当 / shelter assignment (%s distances)\n", distances.c_str());
  std::printf("placed %lld, unplaced %lld, average walk %.0f m\n", static_cast<long long>(r.placed),
              static_cast<long long>(left), r.placed ? r.person_metres / static_cast<double>(r.placed) : 0.0);
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    std::printf("  %s %s: %lld / %lld\n", shelters[s].slot.id.c_str(), shelters[s].name.c_str(),
                static_cast<long long>(r.shelter_load[s]), static_cast<long long>(shelters[s].slot.capacity));
  }
  for (const auto& e : all.excluded) {
    std::printf("  除外 / not used %s %s: %s\n", e.id.c_str(), e.name.c_str(), e.reason.c_str());
  }
  for (const auto& u : r.unplaced) {
    std::printf("unplaced %s: %lld (%s)\n", units[u.unit].id.c_str(), static_cast<long long>(u.count),
                std::string(as::describe(u.reason)).c_str());
  }
  if (const auto credit = gsi_credit(shelters); !credit.empty()) std::printf("%s\n", credit.c_str());
}

// Trip distances over the road network (with the drill's closed roads) and, when a map is wanted, each
// trip's road route, found only for the trips the optimum kept.
struct RoadDistances {
  routing::RoadGraph graph;
  routing::Closures closures;
  std::vector<routing::SnappedPoint> from, to;

  RoadDistances(routing::RoadGraph g, const std::vector<geo::Area>& closed_areas) : graph(std::move(g)), closures(graph) {
    for (const auto& area : closed_areas) closures.close_area(area);
  }

  std::vector<std::vector<GeoPoint>> paths(const as::AssignmentResult& r) const {
    std::vector<std::vector<GeoPoint>> out;
    for (const auto& f : r.flows) {
      out.push_back(routing::shortest_route(graph, from[f.unit], to[f.shelter], routing::Metric::kMetres, &closures).geometry);
    }
    return out;
  }
};

}  // namespace

void add_assign_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("assign",
                                 "Optimal shelter assignment: most people placed, then fewest person-metres walked");
  cmd->add_option("--units", o->units, "CSV id,lat,lon,count,needs_care")->required();
  cmd->add_option("--shelters", o->shelters,
                  "GSI shelter CSV (共通ID, 施設・場所名, 緯度, 経度); default: the shelter registry in --db");
  cmd->add_option("--capacities", o->capacities, "CSV id,capacity[,accepts_care] keyed by 共通ID (with --shelters)");
  cmd->add_option("--roads", o->roads.file, "Road file; without it distances are straight line × --detour");
  cmd->add_option("--profile", o->roads.profile, "walk, wheelchair or vehicle");
  cmd->add_option("--max-walk", o->max_walk, "Maximum walking distance in metres")->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--detour", o->detour, "Straight-line detour factor when no road file is given")
      ->check(CLI::Range(1.0, 10.0));
  cmd->add_option("--geojson", o->geojson, "Write the trips and unplaced groups as GeoJSON to this file");
  cmd->add_option("--as-of", o->as_of, "Date YYYY-MM-DD for shelters' effective dates (default: today)");
  cmd->add_option("--close-shelter", o->closed_shelters, "A shelter out of use in this drill, by id (repeatable)");
  cmd->add_option("--closed-area", o->closed_areas,
                  "GeoJSON polygon(s) of a fire/flood area: its roads and the shelters inside are closed (repeatable)");
  cmd->callback([&context, o] {
    const auto units = as::read_population_units(o->units);
    if (o->shelters.empty() != o->capacities.empty()) {
      throw InputError("", 0, "--capacities", "--shelters and --capacities go together (GSI files have no capacities)");
    }
    const std::string as_of = date_or_today(o->as_of, "--as-of");
    std::vector<geo::Area> areas;
    for (const auto& file : o->closed_areas) areas.push_back(geo::read_area(file));
    AssignableShelters shelters;
    if (o->shelters.empty()) {
      shelters = registry_shelters(context, as_of);
    } else {
      shelters.usable = as::read_gsi_shelters(o->shelters, o->capacities);
    }
    close_shelters(shelters, o->closed_shelters, areas);
    if (!context.quiet) {
      for (const auto& e : shelters.excluded) std::cerr << "bosai assign: " << e.id << " " << e.name << ": not used (" << e.reason << ")\n";
    }
    std::vector<as::ShelterSlot> slots;
    for (const auto& s : shelters.usable) slots.push_back(s.slot);
    std::vector<as::Candidate> candidates;
    std::string distances;
    std::unique_ptr<RoadDistances> roads;
    if (!o->roads.file.empty()) {
      roads = std::make_unique<RoadDistances>(load_roads(o->roads, context), areas);
      const routing::Snapper snapper(roads->graph);
      for (const auto& u : units) roads->from.push_back(snapper.snap(u.position, &roads->closures));
      for (const auto& s : slots) roads->to.push_back(snapper.snap(s.position, &roads->closures));
      candidates = as::road_candidates(roads->graph, roads->from, roads->to, o->max_walk, &roads->closures);
      distances = "road network (" + o->roads.profile + ")";
    } else {
      candidates = as::straight_line_candidates(units, slots, o->max_walk, o->detour);
      distances = "estimated: straight line x " + std::to_string(o->detour).substr(0, 4);
    }
    const as::AssignmentResult result = as::assign_to_shelters(units, slots, candidates, {o->max_walk});
    if (!o->geojson.empty()) {
      std::ofstream out(o->geojson);
      out << geojson(units, shelters.usable, result, roads ? roads->paths(result) : std::vector<std::vector<GeoPoint>>{})
                 .dump()
          << "\n";
      if (!out) throw std::runtime_error("cannot write " + o->geojson);
    }
    if (context.json) {
      std::cout << report(units, shelters, result, distances).dump() << "\n";
    } else {
      print_text(units, shelters, result, distances);
    }
  });
}

}  // namespace bosai::cli
