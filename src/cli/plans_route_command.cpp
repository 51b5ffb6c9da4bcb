// `bosai plans route ID --hazard H --roads FILE`: the route of a person's individual evacuation plan from the
// routing module (services/plan_routing), stored as the plan's next revision.
#include "cli/command_group.h"
#include "cli/commands.h"
#include "cli/flag_names.h"
#include "cli/people_access.h"
#include "cli/plan_json.h"
#include "cli/stderr_progress.h"
#include "core/error.h"
#include "services/plan_routing.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace bosai::cli {
namespace {

struct PlanRouteOptions {
  services::PlanRouteRequest request;
  std::string hazard;
  std::string roads;
};

}  // namespace

void add_plans_route_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<PlanRouteOptions>();
  auto* cmd = plans_group(app).add_subcommand(
      "route", "Route a person's plan from home to its shelter over the road network; stored as a new revision");
  cmd->add_option("ID", o->request.person_id, "Person id")->required();
  cmd->add_option("--hazard", o->hazard, "earthquake (地震) or storm (風水害)")->required();
  cmd->add_option("--roads", o->roads, "Road file (OSM PBF/XML, GeoJSON, GeoPackage, Shapefile)")->required();
  cmd->add_option("--profile", o->request.profile,
                  "walk or wheelchair (default: wheelchair when the plan's mobility mentions 車いす, ストレッチャー or "
                  "寝たきり, else walk)");
  cmd->add_option("--shelter", o->request.shelter_id, "Destination shelter id (default: the registry shelter the plan names)");
  cmd->callback([&context, o] {
    auto request = o->request;
    request.hazard = hazard_option(o->hazard);
    request.roads = o->roads;
    auto access = open_people(context);
    StderrProgress progress(context);
    const auto r = with_flags({{"shelter", "--shelter"}, {"profile", "--profile"}}, [&] {
      try {
        return services::route_plan(*access.session, request, progress);
      } catch (const InputError& e) {
        if (e.field() != "person") throw;
        throw InputError("", 0, "ID", e.message() + " with `bosai plans set`");
      }
    });
    if (context.json) {
      std::cout << nlohmann::json{{"person_id", request.person_id}, {"hazard", plan_hazard_code(request.hazard)},
                                  {"revision", r.revision},          {"shelter", r.shelter_id},
                                  {"profile", r.profile},            {"distance_m", r.distance_m},
                                  {"duration_s", r.duration_s}}
                       .dump()
                << "\n";
    } else {
      std::printf("person %lld: %s plan revision %d: %s まで %.0f m (%s), 約 %.0f 分\n", request.person_id,
                  plan_hazard_label(request.hazard), r.revision, r.shelter_name.c_str(), r.distance_m, r.profile.c_str(),
                  r.duration_s / 60);
    }
  });
}

}  // namespace bosai::cli
