// `bosai plans route ID --hazard H --roads FILE`: the route of a person's individual evacuation plan from the
// routing module, home to destination on the profile the person can use, stored as the plan's next revision.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/people_access.h"
#include "cli/plan_json.h"
#include "cli/road_loading.h"
#include "core/calendar_date.h"
#include "core/error.h"
#include "people/people_service.h"
#include "people/plan_service.h"
#include "routing/route.h"
#include "routing/route_geojson.h"
#include "routing/snapper.h"
#include "store/shelter_repository.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace bosai::cli {
namespace {

struct PlanRouteOptions {
  long long id = 0;
  std::string hazard;
  std::string shelter;
  RoadFileOptions roads;
};

// People who cannot take steps (車いす, ストレッチャー, 寝たきり) are routed on the wheelchair profile unless
// staff chose a profile: a walking route with stairs is no plan for them.
std::string profile_for(const EvacuationPlan& plan) {
  for (const char* word : {"車いす", "車椅子", "ストレッチャー", "寝たきり", "wheelchair", "stretcher"}) {
    if (plan.care.mobility.find(word) != std::string::npos) return "wheelchair";
  }
  return "walk";
}

// The registry shelter the plan leads to: the one named with --shelter, else the one whose name the plan's
// destination carries. A destination that is no registry shelter (a relative's home, staying home) cannot
// be routed here.
Shelter destination_shelter(store::Store& store, const EvacuationPlan& plan, const std::string& id) {
  if (!id.empty()) {
    auto s = store.shelters().find(id);
    if (!s) throw InputError("", 0, "--shelter", "no shelter with id " + id);
    return *s;
  }
  if (plan.destination.kind != DestinationKind::kShelter && plan.destination.kind != DestinationKind::kWelfareShelter) {
    throw InputError("", 0, "--shelter", std::string("the plan's destination is ") +
                                             destination_label(plan.destination.kind) + ": name a shelter with --shelter");
  }
  std::vector<Shelter> named;
  for (auto& s : store.shelters().list()) {
    if (s.name == plan.destination.name) named.push_back(std::move(s));
  }
  if (named.size() != 1) {
    throw InputError("", 0, "--shelter",
                     "the plan's destination \"" + plan.destination.name + "\" matches " + std::to_string(named.size()) +
                         " registry shelters: name one with --shelter");
  }
  return named.front();
}

}  // namespace

void add_plans_route_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<PlanRouteOptions>();
  auto* cmd = plans_group(app).add_subcommand(
      "route", "Route a person's plan from home to its shelter over the road network; stored as a new revision");
  cmd->add_option("ID", o->id, "Person id")->required();
  cmd->add_option("--hazard", o->hazard, "earthquake (地震) or storm (風水害)")->required();
  cmd->add_option("--roads", o->roads.file, "Road file (OSM PBF/XML, GeoJSON, GeoPackage, Shapefile)")->required();
  cmd->add_option("--profile", o->roads.profile,
                  "walk or wheelchair (default: wheelchair when the plan's mobility mentions 車いす, ストレッチャー or "
                  "寝たきり, else walk)");
  cmd->add_option("--shelter", o->shelter, "Destination shelter id (default: the registry shelter the plan names)");
  cmd->callback([&context, o, cmd] {
    const PlanHazard hazard = hazard_option(o->hazard);
    auto access = open_people(context);
    people::PlanService plans(*access.session);
    auto plan = plans.current(o->id, hazard);
    if (!plan) {
      throw InputError("", 0, "ID", "person " + std::to_string(o->id) + " has no " + plan_hazard_label(hazard) +
                                        " plan yet: store one with `bosai plans set` first");
    }
    const Person person = people::PeopleService(*access.session).get(o->id);
    if (!person.details.home) {
      throw InputError("", 0, "home", "person " + std::to_string(o->id) + " has no geocoded home (緯度・経度) in the register");
    }
    const Shelter shelter = destination_shelter(*access.store, *plan, o->shelter);
    RoadFileOptions roads = o->roads;
    if (cmd->get_option("--profile")->count() == 0) roads.profile = profile_for(*plan);

    const routing::RoadGraph graph = load_roads(roads, context);
    const routing::Snapper snapper(graph);
    const routing::Route route = routing::shortest_route(graph, snapper.snap(*person.details.home),
                                                         snapper.snap(shelter.position), routing::Metric::kMetres);
    if (!route.found) {
      throw std::runtime_error("no " + roads.profile + " route from person " + std::to_string(o->id) + "'s home to " +
                               shelter.name + " on " + roads.file);
    }
    auto geojson = nlohmann::json::parse(routing::route_geojson(route));
    auto& line = geojson["features"][0]["properties"];
    line["profile"] = roads.profile;
    line["shelter_id"] = shelter.id;
    line["shelter_name"] = shelter.name;
    line["computed_on"] = today_local();
    plan->route_geojson = geojson.dump();
    if (!o->shelter.empty()) {
      plan->destination = {shelter.kind == ShelterKind::kWelfare ? DestinationKind::kWelfareShelter : DestinationKind::kShelter,
                           shelter.name, shelter.address};
    }
    const int revision = plans.set(*plan);
    if (context.json) {
      std::cout << nlohmann::json{{"person_id", o->id},        {"hazard", plan_hazard_code(hazard)},
                                  {"revision", revision},      {"shelter", shelter.id},
                                  {"profile", roads.profile},  {"distance_m", route.distance_m},
                                  {"duration_s", route.duration_s}}
                       .dump()
                << "\n";
    } else {
      std::printf("person %lld: %s plan revision %d: %s まで %.0f m (%s), 約 %.0f 分\n", o->id, plan_hazard_label(hazard),
                  revision, shelter.name.c_str(), route.distance_m, roads.profile.c_str(), route.duration_s / 60);
    }
  });
}

}  // namespace bosai::cli
