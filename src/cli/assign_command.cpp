#include "cli/commands.h"
#include "cli/road_loading.h"
#include "cli/store_access.h"
#include "core/error.h"
#include "routing/assignment/assign.h"
#include "routing/assignment/assignment_inputs.h"
#include "routing/assignment/road_candidates.h"
#include "routing/assignment/straight_line_candidates.h"
#include "routing/snapper.h"
#include "store/shelter_repository.h"

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
};

// Credit is owed only when GSI's data is on show: the shipped sample's made-up ids start with X, not E.
std::string gsi_credit(const std::vector<as::NamedShelter>& shelters) {
  const bool gsi = std::any_of(shelters.begin(), shelters.end(), [](const as::NamedShelter& s) {
    return s.slot.id.size() == 14 && s.slot.id[0] == 'E';  // a GSI 共通ID
  });
  return gsi ? "出典：国土地理院 指定緊急避難場所・指定避難所データ" : "";
}

// One line per trip (home → shelter, drawn straight) and one point per group left unplaced.
nlohmann::json geojson(const std::vector<as::PopulationUnit>& units, const std::vector<as::NamedShelter>& shelters,
                       const as::AssignmentResult& r) {
  nlohmann::json features = nlohmann::json::array();
  for (const auto& f : r.flows) {
    const auto& from = units[f.unit].position;
    const auto& to = shelters[f.shelter].slot.position;
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "LineString"}, {"coordinates", {{from.lon, from.lat}, {to.lon, to.lat}}}}},
                        {"properties",
                         {{"unit", units[f.unit].id},
                          {"shelter", shelters[f.shelter].slot.id},
                          {"shelter_name", shelters[f.shelter].name},
                          {"count", f.count},
                          {"distance_m", f.distance_m}}}});
  }
  for (const auto& u : r.unplaced) {
    const auto& p = units[u.unit].position;
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}},
                        {"properties", {{"unit", units[u.unit].id}, {"count", u.count}, {"unplaced", as::describe(u.reason)}}}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

nlohmann::json report(const std::vector<as::PopulationUnit>& units, const std::vector<as::NamedShelter>& shelters,
                      const as::AssignmentResult& r, const std::string& distances) {
  nlohmann::json loads = nlohmann::json::array();
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    loads.push_back({{"id", shelters[s].slot.id},
                     {"name", shelters[s].name},
                     {"capacity", shelters[s].slot.capacity},
                     {"accepts_care", shelters[s].slot.accepts_care},
                     {"load", r.shelter_load[s]}});
  }
  nlohmann::json flows = nlohmann::json::array();
  for (const auto& f : r.flows) {
    flows.push_back({{"unit", units[f.unit].id}, {"shelter", shelters[f.shelter].slot.id}, {"count", f.count},
                     {"distance_m", f.distance_m}});
  }
  nlohmann::json unplaced = nlohmann::json::array();
  for (const auto& u : r.unplaced) {
    unplaced.push_back({{"unit", units[u.unit].id}, {"count", u.count}, {"reason", as::describe(u.reason)}});
  }
  return {{"distances", distances}, {"placed", r.placed},       {"person_metres", r.person_metres},
          {"shelters", loads},      {"flows", flows},           {"unplaced", unplaced},
          {"credit", gsi_credit(shelters)}};
}

void print_text(const std::vector<as::PopulationUnit>& units, const std::vector<as::NamedShelter>& shelters,
                const as::AssignmentResult& r, const std::string& distances) {
  std::int64_t left = 0;
  for (const auto& u : r.unplaced) left += u.count;
  std::printf("避難先割当 / shelter assignment (%s distances)\n", distances.c_str());
  std::printf("placed %lld, unplaced %lld, average walk %.0f m\n", static_cast<long long>(r.placed),
              static_cast<long long>(left), r.placed ? r.person_metres / static_cast<double>(r.placed) : 0.0);
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    std::printf("  %s %s: %lld / %lld\n", shelters[s].slot.id.c_str(), shelters[s].name.c_str(),
                static_cast<long long>(r.shelter_load[s]), static_cast<long long>(shelters[s].slot.capacity));
  }
  for (const auto& u : r.unplaced) {
    std::printf("unplaced %s: %lld (%s)\n", units[u.unit].id.c_str(), static_cast<long long>(u.count),
                std::string(as::describe(u.reason)).c_str());
  }
  if (const auto credit = gsi_credit(shelters); !credit.empty()) std::printf("%s\n", credit.c_str());
}

// The registry's places people stay (指定避難所, 福祉避難所, 予備避難所) with a known capacity; the ones
// without a capacity cannot take anyone and are named on stderr so the gap is seen, not hidden.
std::vector<as::NamedShelter> registry_shelters(const Context& context) {
  auto store = open_store(context);
  std::vector<as::NamedShelter> out;
  for (const Shelter& s : store->shelters().list()) {
    if (s.kind != ShelterKind::kDesignated && s.kind != ShelterKind::kWelfare && s.kind != ShelterKind::kReserve) continue;
    if (!s.capacity) {
      if (!context.quiet) std::cerr << "bosai assign: " << s.id << " " << s.name << ": 収容人数未設定 (no capacity), skipped\n";
      continue;
    }
    out.push_back({{s.id, s.position, s.capacity->people, s.kind == ShelterKind::kWelfare}, s.name});
  }
  return out;
}

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
  cmd->callback([&context, o] {
    const auto units = as::read_population_units(o->units);
    if (o->shelters.empty() != o->capacities.empty()) {
      throw InputError("", 0, "--capacities", "--shelters and --capacities go together (GSI files have no capacities)");
    }
    const auto shelters =
        o->shelters.empty() ? registry_shelters(context) : as::read_gsi_shelters(o->shelters, o->capacities);
    std::vector<as::ShelterSlot> slots;
    for (const auto& s : shelters) slots.push_back(s.slot);
    std::vector<as::Candidate> candidates;
    std::string distances;
    if (!o->roads.file.empty()) {
      const routing::RoadGraph graph = load_roads(o->roads, context);
      const routing::Snapper snapper(graph);
      std::vector<routing::SnappedPoint> from, to;
      for (const auto& u : units) from.push_back(snapper.snap(u.position));
      for (const auto& s : slots) to.push_back(snapper.snap(s.position));
      candidates = as::road_candidates(graph, from, to, o->max_walk);
      distances = "road network (" + o->roads.profile + ")";
    } else {
      candidates = as::straight_line_candidates(units, slots, o->max_walk, o->detour);
      distances = "estimated: straight line x " + std::to_string(o->detour).substr(0, 4);
    }
    const as::AssignmentResult result = as::assign_to_shelters(units, slots, candidates, {o->max_walk});
    if (!o->geojson.empty()) {
      std::ofstream out(o->geojson);
      out << geojson(units, shelters, result).dump() << "\n";
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
