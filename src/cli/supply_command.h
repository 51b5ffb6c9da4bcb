#pragma once
#include "cli/context.h"
#include "services/supply_run.h"
#include "supply/supply_plan.h"

#include <CLI/CLI.hpp>

#include <filesystem>

namespace bosai::cli {

// The `supply` parent command (`supply plan|replan`): returns it, creating it on first use.
CLI::App& supply_subcommand(CLI::App& app);

// What `supply plan` and `supply replan` both take.
struct SupplyOptions {
  services::SupplyRequest request;
  std::filesystem::path out = "supply-plan";
  long iterations = 0;  // 0: no iteration budget

  services::SupplyRequest request_with_budget() const;
};

void add_supply_options(CLI::App& cmd, SupplyOptions& options);

// plan.json, routes.geojson and route-sheets.html / .pdf with a map per route on the scenario's roads (with
// the request's closed areas): everything lands in `out` or nothing does.
void write_supply_outputs(const std::filesystem::path& out, const supply::SupplyPlan& plan,
                          const services::SupplyRequest& request, Progress& progress);

// The plan as JSON (--json) or one line per route and per shelter left unserved.
void print_supply_plan(const supply::SupplyPlan& plan, const Context& context);

}  // namespace bosai::cli
