#pragma once
#include "supply/supply_plan.h"

#include <string>

namespace bosai::report {

// Printable route sheets, one A4 page per driver, in Japanese: stops in order with arrival times and receiving
// windows, what to unload at each, and the total load to take from the depot. Self-contained HTML (print it
// from any browser, or on paper when the network is down).
std::string route_sheets_html(const supply::SupplyPlan& plan);

}  // namespace bosai::report
