#pragma once
#include "supply/supply_plan.h"

#include <string>
#include <vector>

namespace bosai::report {

// Printable route sheets in Japanese, A4: first every vehicle on one page (where it starts, its stops or 待機,
// a column for the driver's name and phone), then one page per driver: the day, a field for the driver's
// name and phone, depot names, the stops in order with shelter addresses, arrival times and receiving windows,
// what to unload at each and the total load to take from the depot; last, demand nobody can deliver.
// Self-contained HTML (print it from any browser, or on paper when the network is down). `route_maps` holds the
// markup of each route's map in `plan.routes` order (inline SVG for a browser, the <img> a PDF draws it at),
// each on a page of its own after that driver's sheet.
std::string route_sheets_html(const supply::SupplyPlan& plan, const std::vector<std::string>& route_maps = {});

}  // namespace bosai::report
