// `bosai assign`: the optimal walk of every resident to a shelter (services/assignment_run).
#include "cli/commands.h"
#include "cli/date_option.h"
#include "cli/flag_names.h"
#include "cli/store_access.h"
#include "services/areas.h"
#include "services/output_files.h"
#include "cli/stderr_progress.h"
#include "core/error.h"
#include "report/assignment_output.h"
#include "services/assignment_run.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>

namespace bosai::cli {
namespace {

struct Options {
  services::AssignmentRequest request;
  std::string roads;
  std::string profile = "walk";
  std::string as_of;
  std::string geojson;
  std::vector<std::string> closed_areas;
  std::vector<std::string> full_shelters;  // ID=N
};

// `--full-shelter ID=N`: the shelter keeps N people and takes nobody more.
std::map<std::string, long> full_shelters(const std::vector<std::string>& written) {
  std::map<std::string, long> out;
  for (const auto& w : written) {
    const auto eq = w.find('=');
    long n = -1;
    try {
      std::size_t used = 0;
      if (eq != std::string::npos) n = std::stol(w.substr(eq + 1), &used);
      if (eq == std::string::npos || used != w.size() - eq - 1) n = -1;
    } catch (const std::exception&) {
      n = -1;
    }
    if (eq == 0 || n < 0) throw InputError("", 0, "full_shelter", "'" + w + "': write ID=N (the people it keeps, 0 or more)");
    out[w.substr(0, eq)] = n;
  }
  return out;
}

void print_text(const services::AssignmentOutcome& o) {
  const auto& r = o.result;
  const auto& shelters = o.shelters.usable;
  std::int64_t left = 0;
  for (const auto& u : r.unplaced) left += u.count;
  std::printf("避難先割当 / shelter assignment (%s distances)\n", o.distances.c_str());
  std::printf("placed %lld, unplaced %lld, average walk %.0f m\n", static_cast<long long>(r.placed),
              static_cast<long long>(left), r.placed ? r.person_metres / static_cast<double>(r.placed) : 0.0);
  for (std::size_t s = 0; s < shelters.size(); ++s) {
    std::printf("  %s %s: %lld / %lld\n", shelters[s].slot.id.c_str(), shelters[s].name.c_str(),
                static_cast<long long>(r.shelter_load[s]), static_cast<long long>(shelters[s].slot.capacity));
  }
  for (const auto& e : o.shelters.excluded) {
    std::printf("  除外 / not used %s %s: %s\n", e.id.c_str(), e.name.c_str(), e.reason.c_str());
  }
  for (const auto& u : r.unplaced) {
    std::printf("unplaced %s: %lld (%s)\n", o.units[u.unit].id.c_str(), static_cast<long long>(u.count),
                std::string(routing::assignment::describe(u.reason)).c_str());
  }
  if (!o.credit.empty()) std::printf("%s\n", o.credit.c_str());
}

}  // namespace

void add_assign_command(CLI::App& app, Context& context) {
  auto o = std::make_shared<Options>();
  auto& rq = o->request;
  auto* cmd = app.add_subcommand("assign",
                                 "Optimal shelter assignment: most people placed, then fewest person-metres walked");
  cmd->add_option("--units", rq.units_csv, "CSV id,lat,lon,count,needs_care")->required();
  cmd->add_option("--shelters", rq.gsi_shelters,
                  "GSI shelter CSV (共通ID, 施設・場所名, 緯度, 経度); default: the shelter registry in --db");
  cmd->add_option("--capacities", rq.capacities, "CSV id,capacity[,accepts_care] keyed by 共通ID (with --shelters)");
  cmd->add_option("--roads", o->roads, "Road file; without it distances are straight line × --detour");
  cmd->add_option("--profile", o->profile, "walk, wheelchair or vehicle");
  cmd->add_option("--max-walk", rq.max_walk_m, "Maximum walking distance in metres")->check(CLI::Range(0.0, 1e6));
  cmd->add_option("--detour", rq.detour, "Straight-line detour factor when no road file is given")
      ->check(CLI::Range(1.0, 10.0));
  cmd->add_option("--geojson", o->geojson, "Write the trips and unplaced groups as GeoJSON to this file");
  cmd->add_option("--as-of", o->as_of, "Date YYYY-MM-DD for shelters' effective dates (default: today)");
  cmd->add_option("--close-shelter", rq.closed_shelters, "A shelter out of use in this drill, by id (repeatable)");
  cmd->add_option("--full-shelter", o->full_shelters,
                  "ID=N: a shelter full in this drill keeps N people and takes nobody more (repeatable)");
  cmd->add_option("--closed-area", o->closed_areas,
                  "GeoJSON polygon(s) of a fire/flood area: its roads and the shelters inside are closed (repeatable)");
  cmd->callback([&context, o] {
    auto request = o->request;
    request.as_of = date_or_today(o->as_of, "--as-of");
    request.closed_areas = services::read_areas(o->closed_areas);
    if (!o->roads.empty()) request.roads = services::RoadSource{o->roads, o->profile};
    request.trip_paths = !o->geojson.empty();
    StderrProgress progress(context);
    const auto outcome = with_flags({{"closed_shelter", "--close-shelter"}, {"full_shelter", "--full-shelter"},
                                     {"capacities", "--capacities"},
                                     {"shelters", "--shelters"}, {"profile", "--profile"}},
                                    [&] {
                                      request.full_shelters = full_shelters(o->full_shelters);
                                      auto store = request.gsi_shelters.empty() ? open_store(context) : nullptr;
                                      return services::run_assignment(store.get(), request, progress);
                                    });
    if (!context.quiet) {
      for (const auto& e : outcome.shelters.excluded) {
        std::cerr << "bosai assign: " << e.id << " " << e.name << ": not used (" << e.reason << ")\n";
      }
    }
    if (!o->geojson.empty()) services::write_file(o->geojson, report::assignment_geojson(outcome).dump() + "\n");
    if (context.json) {
      std::cout << report::assignment_json(outcome).dump() << "\n";
    } else {
      print_text(outcome);
    }
  });
}

}  // namespace bosai::cli
