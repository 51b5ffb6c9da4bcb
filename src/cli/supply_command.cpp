// The parts `bosai supply plan` and `bosai supply replan` share: relief-supply transport for a drill scenario
// (drills/*-supply.toml) on the scenario's road network, with printable route sheets per driver.
#include "cli/supply_command.h"

#include "cli/parent_command.h"
#include "render/html_pdf.h"
#include "render/map_figure.h"
#include "report/route_sheets.h"
#include "services/output_files.h"
#include "services/supply_maps.h"
#include "supply/clock_time.h"
#include "supply/supply_plan_json.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace bosai::cli {

CLI::App& supply_subcommand(CLI::App& app) {
  return parent_command(app, "supply", "Relief-supply transport: plan and re-plan deliveries to shelters");
}

services::SupplyRequest SupplyOptions::request_with_budget() const {
  auto budgeted = request;
  if (iterations > 0) budgeted.max_iterations = iterations;
  return budgeted;
}

void add_supply_options(CLI::App& cmd, SupplyOptions& options) {
  auto& rq = options.request;
  cmd.add_option("SCENARIO", rq.scenario, "Supply scenario (drills/*-supply.toml)")->required()->check(CLI::ExistingFile);
  cmd.add_option("--out", options.out, "Folder for plan.json, routes.geojson and the drivers' route-sheets.html / .pdf");
  cmd.add_option("--time-limit", rq.time_limit_seconds, "Search time in seconds per fleet")->check(CLI::PositiveNumber);
  cmd.add_option("--iterations", options.iterations, "Stop after this many iterations (reproducible runs)")
      ->check(CLI::NonNegativeNumber);
  cmd.add_option("--seed", rq.seed, "Random seed");
  cmd.add_option("--close-area", rq.closed_areas, "GeoJSON polygon(s) whose roads are closed (fire, flood)")
      ->check(CLI::ExistingFile);
}

void write_supply_outputs(const std::filesystem::path& out, const supply::SupplyPlan& plan,
                          const services::SupplyRequest& request, Progress& progress) {
  // A map per route, a page of its own (180 × 230 mm of an A4 page), in CSS pixels.
  constexpr double kMapWidth = 680, kMapHeight = 870;
  const auto scenes = services::supply_route_maps(request, plan, progress);
  render::SheetFigures pdf_maps;
  std::vector<std::string> svg, img;
  for (std::size_t i = 0; i < scenes.size(); ++i) {
    const std::string name = "route-map-" + std::to_string(i + 1);
    svg.push_back(render::sheet_figure_markup(name, scenes[i], kMapWidth, kMapHeight, nullptr));
    img.push_back(render::sheet_figure_markup(name, scenes[i], kMapWidth, kMapHeight, &pdf_maps));
  }
  const std::string title = "配送ルート表 " + plan.scenario;
  services::write_files(out, {{"plan.json", supply::supply_plan_json(plan).dump(2)},
                              {"routes.geojson", supply::supply_plan_geojson(plan).dump()},
                              {"route-sheets.html", report::route_sheets_html(plan, svg)},
                              {"route-sheets.pdf", render::html_to_pdf(report::route_sheets_html(plan, img), title, {},
                                                                       pdf_maps)}});
}

void print_supply_plan(const supply::SupplyPlan& plan, const Context& context) {
  if (context.json) {
    std::cout << supply::supply_plan_json(plan).dump() << "\n";
    return;
  }
  std::size_t stops = 0;
  for (const auto& route : plan.routes) stops += route.stops.size();
  std::cout << plan.scenario << ": " << plan.routes.size() << " routes, " << stops << " deliveries, "
            << static_cast<long>(plan.total_distance_m / 100) / 10.0 << " km\n";
  for (const auto& route : plan.routes) {
    std::cout << "  " << route.vehicle_name << " (" << route.vehicle_id << "): " << route.stops.size() << " stops, "
              << supply::format_clock(route.start) << "–" << supply::format_clock(route.end) << "\n";
  }
  for (const auto& idle : plan.idle) {
    std::cout << "  待機 " << idle.vehicle_name << " (" << idle.vehicle_id << "): " << idle.start_depot_name << "\n";
  }
  for (const auto& u : plan.unserved) std::cout << "  未配送 " << u.name << " (" << u.job_id << "): " << u.reason << "\n";
}

}  // namespace bosai::cli
