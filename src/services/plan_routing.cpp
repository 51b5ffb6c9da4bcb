#include "services/plan_routing.h"

#include "core/calendar_date.h"
#include "core/error.h"
#include "people/people_service.h"
#include "people/plan_service.h"
#include "routing/route.h"
#include "routing/route_geojson.h"
#include "store/shelter_repository.h"

#include <nlohmann/json.hpp>

namespace bosai::services {
namespace {

// The registry shelter the plan leads to: the one named by id, else the one whose name the plan's
// destination carries. A destination that is no registry shelter (a relative's home, staying home) cannot
// be routed here.
Shelter destination_shelter(store::Store& store, const EvacuationPlan& plan, const std::string& id) {
  if (!id.empty()) {
    auto s = store.shelters().find(id);
    if (!s) throw NotFoundError("", 0, "shelter", "no shelter with id " + id);
    return *s;
  }
  if (plan.destination.kind != DestinationKind::kShelter && plan.destination.kind != DestinationKind::kWelfareShelter) {
    throw InputError("", 0, "shelter", std::string("the plan's destination is ") +
                                           destination_label(plan.destination.kind) + ": name a shelter");
  }
  std::vector<Shelter> named;
  for (auto& s : store.shelters().list()) {
    if (s.name == plan.destination.name) named.push_back(std::move(s));
  }
  if (named.size() != 1) {
    throw InputError("", 0, "shelter",
                     "the plan's destination \"" + plan.destination.name + "\" matches " + std::to_string(named.size()) +
                         " registry shelters: name one");
  }
  return named.front();
}

}  // namespace

std::string profile_for(const EvacuationPlan& plan) {
  for (const char* word : {"車いす", "車椅子", "ストレッチャー", "寝たきり", "wheelchair", "stretcher"}) {
    if (plan.care.mobility.find(word) != std::string::npos) return "wheelchair";
  }
  return "walk";
}

PlanRouteResult route_plan(people::Session& session, const PlanRouteRequest& request, Progress& progress) {
  people::PlanService plans(session);
  auto plan = plans.current(request.person_id, request.hazard);
  if (!plan) {
    throw InputError("", 0, "person", "person " + std::to_string(request.person_id) + " has no " +
                                          plan_hazard_label(request.hazard) + " plan yet: store one first");
  }
  const Person person = people::PeopleService(session).get(request.person_id);
  if (!person.details.home) {
    throw InputError("", 0, "home",
                     "person " + std::to_string(request.person_id) + " has no geocoded home (緯度・経度) in the register");
  }
  const Shelter shelter = destination_shelter(session.store(), *plan, request.shelter_id);
  const RoadSource source{request.roads, request.profile.empty() ? profile_for(*plan) : request.profile};
  RoadNetwork network(source, progress);
  const routing::Route route = routing::shortest_route(network.graph(), network.snap(*person.details.home),
                                                       network.snap(shelter.position), routing::Metric::kMetres);
  if (!route.found) {
    throw std::runtime_error("no " + source.profile + " route from person " + std::to_string(request.person_id) +
                             "'s home to " + shelter.name + " on " + request.roads.string());
  }
  auto geojson = nlohmann::json::parse(routing::route_geojson(route));
  auto& line = geojson["features"][0]["properties"];
  line["profile"] = source.profile;
  line["shelter_id"] = shelter.id;
  line["shelter_name"] = shelter.name;
  line["computed_on"] = today_local();
  plan->route_geojson = geojson.dump();
  if (!request.shelter_id.empty()) {
    plan->destination = {shelter.kind == ShelterKind::kWelfare ? DestinationKind::kWelfareShelter : DestinationKind::kShelter,
                         shelter.name, shelter.address};
  }
  PlanRouteResult out;
  out.revision = plans.set(*plan);
  out.shelter_id = shelter.id;
  out.shelter_name = shelter.name;
  out.profile = source.profile;
  out.distance_m = route.distance_m;
  out.duration_s = route.duration_s;
  return out;
}

}  // namespace bosai::services
