#include "printed_solution_check.h"

#include <cmath>
#include <map>
#include <sstream>

namespace bosai::test {

namespace vrp = routing::vrp;

PrintedSolution parse_printed_solution(const std::string& text) {
  PrintedSolution s;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::string head;
    words >> head;
    if (head == "Route") {
      std::string number;
      words >> number;
      std::vector<std::string> ids;
      for (std::string id; words >> id;) ids.push_back(id);
      s.routes.push_back(ids);
    } else if (head == "Unassigned:") {
      std::string id;
      words >> id;
      s.unassigned.push_back(id);
    } else if (head == "Cost") {
      words >> s.cost;
    }
  }
  return s;
}

PrintedSolution printed_form(const vrp::BenchmarkInstance& instance, const vrp::Solution& solution) {
  std::ostringstream out;
  vrp::write_cvrplib_solution(out, instance, solution);
  return parse_printed_solution(out.str());
}

std::vector<std::string> check_printed_solution(const vrp::BenchmarkInstance& instance, const PrintedSolution& s,
                                                bool hard_fleet, bool partial_allowed) {
  const vrp::Problem& p = instance.problem;
  std::vector<std::string> errors;
  std::map<std::string, std::size_t> job_of;
  for (std::size_t j = 0; j < p.jobs.size(); ++j) job_of[p.jobs[j].id] = j;
  std::vector<int> visits(p.jobs.size(), 0);

  const std::size_t fleet = hard_fleet ? static_cast<std::size_t>(instance.vehicle_limit) : p.vehicles.size();
  if (s.routes.size() > fleet) errors.push_back(std::to_string(s.routes.size()) + " routes for a fleet of " +
                                                std::to_string(fleet));
  if (!s.unassigned.empty() && !partial_allowed) {
    errors.push_back(std::to_string(s.unassigned.size()) + " customers unassigned");
  }
  for (const std::string& id : s.unassigned) {
    const auto it = job_of.find(id);
    if (it == job_of.end()) errors.push_back("unknown customer " + id + " unassigned");
    else if (partial_allowed) ++visits[it->second];
  }
  // Benchmark fleets are identical vehicles from one depot: any of them describes every route.
  const vrp::Vehicle& vehicle = p.vehicles.front();
  double total = 0;
  for (std::size_t r = 0; r < s.routes.size(); ++r) {
    const std::string name = "route " + std::to_string(r + 1);
    std::int64_t load = 0;
    double time = vehicle.shift.start;
    vrp::Index at = vehicle.start;
    for (const std::string& id : s.routes[r]) {
      const auto it = job_of.find(id);
      if (it == job_of.end()) {
        errors.push_back(name + " visits unknown customer " + id);
        continue;
      }
      const vrp::Job& job = p.jobs[it->second];
      ++visits[it->second];
      load += job.delivery.front();
      total += p.costs(at, job.location);
      time = std::max(time + p.durations(at, job.location), job.time_window.start);
      if (time > job.time_window.end + 1e-6) errors.push_back(name + " reaches " + id + " after its due date");
      time += job.service;
      at = job.location;
    }
    total += p.costs(at, vehicle.end);
    time += p.durations(at, vehicle.end);
    if (time > vehicle.shift.end + 1e-6) errors.push_back(name + " returns too late / is too long");
    if (load > vehicle.capacity.front()) errors.push_back(name + " carries " + std::to_string(load));
  }
  for (std::size_t j = 0; j < p.jobs.size(); ++j) {
    if (visits[j] != 1) errors.push_back("customer " + p.jobs[j].id + " visited " + std::to_string(visits[j]) + " times");
  }
  // Printed costs are rounded: to the unit on TSPLIB instances, to 10 significant digits otherwise.
  const double tolerance = instance.integral_costs ? 0.5 : 1e-6 * std::max(1.0, total);
  if (std::abs(total - s.cost) > tolerance) {
    errors.push_back("stated cost " + std::to_string(s.cost) + ", recomputed " + std::to_string(total));
  }
  return errors;
}

}  // namespace bosai::test
