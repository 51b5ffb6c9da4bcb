#include "supply/supply_planner.h"

#include "routing/vrp/solver.h"
#include "supply/demand_model.h"
#include "supply/job_splitter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace bosai::supply {
namespace {

namespace vrp = routing::vrp;

constexpr const char* kStockShortSuffix = "#short";
// Vehicle loads are integers for the solver: tenths of a kilogram and of a litre.
constexpr double kLoadScale = 10.0;
// Stand-in for "no road": large enough that no window or shift can absorb it, small enough to add safely.
constexpr double kNoRoad = 1e9;

std::string reason_text(vrp::UnassignedReason reason) {
  switch (reason) {
    case vrp::UnassignedReason::kCapacity: return "どの車両にも積みきれない (exceeds every vehicle's capacity)";
    case vrp::UnassignedReason::kTimeWindow:
      return "受入時間内に到着できる車両がない (no vehicle can arrive within the receiving window and its shift)";
    case vrp::UnassignedReason::kFleet: return "車両が不足 (the fleet has no room left)";
    case vrp::UnassignedReason::kTimeLimit:
      return "計算時間内に配車を決めきれなかった (the time limit passed before it was planned)";
  }
  return "";
}
const std::string kUnreachable = "道路が通行できず到達できない (not reachable on the network)";
const std::string kStockShort = "備蓄在庫が不足 (depot stock short)";

// A delivery waiting for a vehicle.
struct PendingJob {
  DeliveryJob job;
  const SupplyStop* stop = nullptr;
  std::string previous_vehicle;
};

// Where and how a vehicle can begin its (remaining) work.
struct VehicleStart {
  const FleetVehicle* vehicle = nullptr;
  std::string label;  // depot id or 現在地
  GeoPoint position;
  Minutes available_from = 0;
  bool full = true;    // at a depot: loads afresh to capacity; otherwise carries only `on_board_*`
  double on_board_kg = 0;
  double on_board_l = 0;
};

int number_of(const std::string& job_id) {
  const auto hash = job_id.rfind('#');
  if (hash == std::string::npos) return 0;
  try {
    return std::stoi(job_id.substr(hash + 1));
  } catch (...) {
    return 0;
  }
}

void recompute_load(DeliveryJob& job, const std::vector<SupplyItem>& items) {
  job.weight_kg = job.volume_l = 0;
  for (const auto& item : items) {
    if (auto it = job.quantity.find(item.code); it != job.quantity.end()) {
      job.weight_kg += it->second * item.weight_kg;
      job.volume_l += it->second * item.volume_l;
    }
  }
}

class Router {
 public:
  Router(const SupplyScenario& scenario, const DemandRates& rates, TravelNetwork& network, const PlannerOptions& options,
         Progress& progress)
      : scenario_(scenario), rates_(rates), network_(network), options_(options), progress_(progress) {}

  SupplyPlan route(std::vector<PendingJob> jobs, const std::vector<VehicleStart>& starts,
                   const std::map<std::string, std::vector<std::string>>& sequences, Minutes now) {
    SupplyPlan plan;
    plan.scenario = scenario_.name;
    plan.date = scenario_.date;
    plan.items = rates_.items;
    plan.planned_at = now;
    index_locations(jobs, starts);

    // Road vehicles first; then each foot speed group, fastest first, takes what is left.
    std::vector<std::pair<Mobility, double>> stages = {{Mobility::kRoad, 0}};
    std::set<double, std::greater<>> foot_speeds;
    for (const auto& s : starts) {
      if (s.vehicle->mobility == Mobility::kFoot) foot_speeds.insert(s.vehicle->speed_kmh);
    }
    for (double speed : foot_speeds) stages.push_back({Mobility::kFoot, speed});

    std::map<std::string, std::string> reasons;  // job id → why it is still unserved
    for (const auto& [mobility, speed] : stages) {
      std::vector<const VehicleStart*> fleet;
      for (const auto& s : starts) {
        if (s.vehicle->mobility == mobility && (mobility == Mobility::kRoad || s.vehicle->speed_kmh == speed)) {
          fleet.push_back(&s);
        }
      }
      if (fleet.empty() || jobs.empty()) continue;
      progress_.report(std::string(mobility == Mobility::kRoad ? "road" : "foot") + " fleet: " +
                           std::to_string(fleet.size()) + " vehicles, " + std::to_string(jobs.size()) + " loads",
                       -1);
      jobs = solve_stage(mobility, speed, fleet, std::move(jobs), sequences, plan, reasons, stages.size());
    }
    for (const auto& p : jobs) {
      const auto it = reasons.find(p.job.id);
      plan.unserved.push_back({p.job.id, p.stop->shelter_id, p.stop->name, p.job.quantity,
                               it == reasons.end() ? std::string(kUnreachable) : it->second});
    }
    // The solver returns used vehicles only; the others stand by, and their drivers need to be told so.
    std::set<std::string> used;
    for (const auto& r : plan.routes) used.insert(r.vehicle_id);
    for (const auto& s : starts) {
      if (!used.count(s.vehicle->id)) plan.idle.push_back(standing_by(s));
    }
    for (const auto& r : plan.routes) plan.total_distance_m += r.distance_m;
    const auto by_vehicle = [](const DriverRoute& a, const DriverRoute& b) { return a.vehicle_id < b.vehicle_id; };
    std::sort(plan.routes.begin(), plan.routes.end(), by_vehicle);
    std::sort(plan.idle.begin(), plan.idle.end(), by_vehicle);
    return plan;
  }

 private:
  void index_locations(const std::vector<PendingJob>& jobs, const std::vector<VehicleStart>& starts) {
    points_.clear();
    location_.clear();
    auto add = [&](const std::string& key, const GeoPoint& p) {
      if (location_.emplace(key, points_.size()).second) points_.push_back(p);
    };
    for (const auto& d : scenario_.depots) add("depot:" + d.id, d.position);
    for (const auto& s : starts) add("start:" + s.vehicle->id, s.position);
    for (const auto& p : jobs) add("stop:" + p.stop->shelter_id, p.stop->position);
  }

  vrp::Matrix to_vrp(const std::vector<double>& values) const {
    vrp::Matrix m(static_cast<vrp::Index>(points_.size()));
    for (std::size_t i = 0; i < values.size(); ++i) m.values[i] = std::isfinite(values[i]) ? values[i] : kNoRoad;
    return m;
  }

  std::vector<PendingJob> solve_stage(Mobility mobility, double speed, const std::vector<const VehicleStart*>& fleet,
                                      std::vector<PendingJob> jobs,
                                      const std::map<std::string, std::vector<std::string>>& sequences,
                                      SupplyPlan& plan, std::map<std::string, std::string>& reasons,
                                      std::size_t stage_count) {
    const TravelMatrix travel = network_.matrix(points_, mobility, speed, progress_);
    vrp::Problem problem;
    problem.costs = to_vrp(travel.seconds);
    problem.durations = problem.costs;
    problem.reassignment_penalty = options_.reassignment_penalty_seconds;

    std::map<std::string, vrp::Index> vehicle_index;
    for (const auto* s : fleet) {
      const auto& v = *s->vehicle;
      vrp::Vehicle out;
      out.id = v.id;
      out.start = static_cast<vrp::Index>(location_.at("start:" + v.id));
      out.end = static_cast<vrp::Index>(location_.at("depot:" + v.end_depot));
      const double kg = s->full ? v.capacity_kg : s->on_board_kg;
      const double l = s->full ? v.capacity_l : s->on_board_l;
      out.capacity = {static_cast<std::int64_t>(std::floor(kg * kLoadScale + 1e-6)),
                      static_cast<std::int64_t>(std::floor(l * kLoadScale + 1e-6))};
      out.shift = {std::max(s->available_from, v.shift_start) * 60.0, v.shift_end * 60.0};
      vehicle_index[v.id] = static_cast<vrp::Index>(problem.vehicles.size());
      problem.vehicles.push_back(std::move(out));
    }

    // Loads no vehicle of this stage can reach (and come back from) skip the stage.
    std::vector<PendingJob> routable, skipped;
    for (auto& p : jobs) {
      const auto at = location_.at("stop:" + p.stop->shelter_id);
      const bool reachable = std::any_of(problem.vehicles.begin(), problem.vehicles.end(), [&](const vrp::Vehicle& v) {
        return travel.reachable(v.start, at) && travel.reachable(at, v.end);
      });
      if (reachable) {
        routable.push_back(std::move(p));
      } else {
        reasons.emplace(p.job.id, kUnreachable);
        skipped.push_back(std::move(p));
      }
    }
    std::map<std::string, vrp::Index> job_index;
    for (const auto& p : routable) {
      vrp::Job job;
      job.id = p.job.id;
      job.location = static_cast<vrp::Index>(location_.at("stop:" + p.stop->shelter_id));
      job.delivery = {static_cast<std::int64_t>(std::ceil(p.job.weight_kg * kLoadScale - 1e-6)),
                      static_cast<std::int64_t>(std::ceil(p.job.volume_l * kLoadScale - 1e-6))};
      job.service = p.stop->unload_minutes * 60.0;
      job.time_window = {p.stop->receive_from * 60.0, p.stop->receive_until * 60.0};
      if (auto it = vehicle_index.find(p.previous_vehicle); it != vehicle_index.end()) job.previous_vehicle = it->second;
      job_index[p.job.id] = static_cast<vrp::Index>(problem.jobs.size());
      problem.jobs.push_back(std::move(job));
    }
    if (problem.jobs.empty()) return skipped;

    vrp::SolveOptions solve;
    solve.time_limit_seconds = options_.time_limit_seconds / static_cast<double>(stage_count);
    solve.max_iterations = options_.max_iterations;
    solve.seed = options_.seed;
    solve.initial_routes.assign(problem.vehicles.size(), {});
    for (const auto& [vehicle, ids] : sequences) {
      const auto v = vehicle_index.find(vehicle);
      if (v == vehicle_index.end()) continue;
      for (const auto& id : ids) {
        if (auto j = job_index.find(id); j != job_index.end()) solve.initial_routes[v->second].push_back(j->second);
      }
    }
    const vrp::Solution solution = vrp::solve(problem, solve, progress_);

    for (const auto& r : solution.routes) {
      plan.routes.push_back(driver_route(*fleet[r.vehicle], r, problem, routable, travel, mobility));
    }
    std::vector<PendingJob> left = std::move(skipped);
    for (const auto& u : solution.unassigned) {
      // A load the trucks left for lack of room is still "fleet short" when it is also too big for a hand
      // cart: the earlier stage's reason is the one staff can act on.
      const auto& id = routable[u.job].job.id;
      if (u.reason != vrp::UnassignedReason::kCapacity || !reasons.contains(id)) reasons[id] = reason_text(u.reason);
      left.push_back(std::move(routable[u.job]));
    }
    return left;
  }

  // A depot id as drivers know it; 現在地 stays as it is.
  std::string depot_name(const std::string& label) const {
    for (const auto& d : scenario_.depots) {
      if (d.id == label) return d.name;
    }
    return label;
  }

  // The vehicle and where it starts and ends, without times or stops.
  DriverRoute vehicle_route(const VehicleStart& start) const {
    const auto& v = *start.vehicle;
    DriverRoute out;
    out.vehicle_id = v.id;
    out.vehicle_name = v.name;
    out.vehicle_kind = v.kind;
    out.start_depot = start.label;
    out.start_depot_name = depot_name(start.label);
    out.start_position = start.position;
    out.end_depot = v.end_depot;
    out.end_depot_name = depot_name(v.end_depot);
    return out;
  }

  DriverRoute standing_by(const VehicleStart& start) const {
    DriverRoute out = vehicle_route(start);
    out.start = std::max(start.available_from, start.vehicle->shift_start);
    out.end = start.vehicle->shift_end;
    return out;
  }

  DriverRoute driver_route(const VehicleStart& start, const vrp::Route& r, const vrp::Problem& problem,
                           const std::vector<PendingJob>& routable, const TravelMatrix& travel, Mobility mobility) {
    DriverRoute out = vehicle_route(start);
    out.start = static_cast<Minutes>(std::lround(r.departure / 60.0));
    out.end = static_cast<Minutes>(std::lround(r.arrival / 60.0));

    vrp::Index at = problem.vehicles[r.vehicle].start;
    GeoPoint from = points_[at];
    auto leg = [&](vrp::Index to) {
      progress_.throw_if_cancelled();
      out.distance_m += travel.distance(at, to);
      auto path = network_.path(from, points_[to], mobility, progress_);
      if (!out.geometry.empty() && !path.empty()) path.erase(path.begin());
      out.geometry.insert(out.geometry.end(), path.begin(), path.end());
      at = to;
      from = points_[to];
    };
    for (std::size_t k = 0; k < r.jobs.size(); ++k) {
      const auto& p = routable[r.jobs[k]];
      const auto& job = problem.jobs[r.jobs[k]];
      leg(job.location);
      const double begin = r.service_starts[k];
      out.stops.push_back({p.job.id, p.stop->shelter_id, p.stop->name, p.stop->address, p.stop->position,
                           static_cast<Minutes>(std::lround(begin / 60.0)),
                           static_cast<Minutes>(std::lround((begin + job.service) / 60.0)), p.stop->receive_from,
                           p.stop->receive_until, p.job.quantity, p.job.weight_kg, p.job.volume_l});
    }
    leg(problem.vehicles[r.vehicle].end);
    return out;
  }

  const SupplyScenario& scenario_;
  const DemandRates& rates_;
  TravelNetwork& network_;
  const PlannerOptions& options_;
  Progress& progress_;
  std::vector<GeoPoint> points_;
  std::map<std::string, std::size_t> location_;
};

const Depot& depot(const SupplyScenario& s, const std::string& id) {
  for (const auto& d : s.depots) {
    if (d.id == id) return d;
  }
  throw std::logic_error("unknown depot " + id);  // the scenario reader guarantees depots exist
}

const SupplyStop* stop_of(const SupplyScenario& s, const std::string& shelter_id) {
  for (const auto& stop : s.stops) {
    if (stop.shelter_id == shelter_id) return &stop;
  }
  return nullptr;
}

std::pair<double, double> largest_capacity(const SupplyScenario& s) {
  double kg = 0, l = 0;
  for (const auto& v : s.vehicles) {
    kg = std::max(kg, v.capacity_kg);
    l = std::max(l, v.capacity_l);
  }
  return {kg, l};
}

// Total stock per item held across depots, for the items every depot lists: an item some depot does not list
// is unlimited there (national push support keeps arriving), so no total caps it.
std::map<std::string, long> limited_stock(const SupplyScenario& s, const std::vector<SupplyItem>& items) {
  std::map<std::string, long> stock;
  for (const auto& item : items) {
    bool limited = true;
    long total = 0;
    for (const auto& depot : s.depots) {
      const auto it = depot.stock.find(item.code);
      if (it == depot.stock.end()) limited = false;
      else total += it->second;
    }
    if (limited) stock[item.code] = total;
  }
  return stock;
}

// Caps each item at `stock` (from limited_stock, less what a re-plan finds delivered), rationing every shelter
// by the same fraction so that no shelter is favoured; returns the shortfall per shelter.
std::map<std::string, std::map<std::string, long>> ration_to_stock(const std::map<std::string, long>& stock,
                                                                   std::vector<ShelterDemand>& demands) {
  std::map<std::string, std::map<std::string, long>> short_by_shelter;
  for (const auto& [item, available] : stock) {
    long wanted = 0;
    for (const auto& d : demands) wanted += d.quantity.count(item) ? d.quantity.at(item) : 0;
    if (wanted <= available) continue;
    const double fraction = wanted == 0 ? 0 : static_cast<double>(available) / static_cast<double>(wanted);
    for (auto& d : demands) {
      auto it = d.quantity.find(item);
      if (it == d.quantity.end() || it->second == 0) continue;
      const long kept = static_cast<long>(std::floor(it->second * fraction));
      short_by_shelter[d.shelter_id][item] = it->second - kept;
      it->second = kept;
    }
  }
  return short_by_shelter;
}

// Loads already on a route come first in a re-plan's jobs, re-offered and new loads after them: cutting from the
// back trims what no driver has been told about before touching a route.
void trim_last_loads(std::vector<PendingJob>& jobs, const SupplyStop* stop, const std::string& item, long units) {
  for (auto it = jobs.rbegin(); units > 0 && it != jobs.rend(); ++it) {
    if (it->stop != stop || !it->job.quantity.count(item)) continue;
    auto& q = it->job.quantity[item];
    const long cut = std::min(q, units);
    q -= cut;
    units -= cut;
    if (q == 0) it->job.quantity.erase(item);
  }
}

}  // namespace

const char* describe(RouteChange::Kind kind) {
  switch (kind) {
    case RouteChange::Kind::unchanged: return "unchanged";
    case RouteChange::Kind::changed: return "changed";
    case RouteChange::Kind::cancelled: return "cancelled";
    case RouteChange::Kind::added: return "added";
  }
  return "";
}

SupplyPlanner::SupplyPlanner(const SupplyScenario& scenario, const DemandRates& rates, TravelNetwork& network,
                             PlannerOptions options)
    : scenario_(scenario), rates_(rates), network_(network), options_(std::move(options)) {}

SupplyPlan SupplyPlanner::plan(Progress& progress) {
  std::vector<ShelterPopulation> populations;
  for (const auto& stop : scenario_.stops) populations.push_back(stop.population);
  auto demands = compute_demands(populations, rates_, scenario_.days);
  const auto shortages = ration_to_stock(limited_stock(scenario_, rates_.items), demands);
  const auto [max_kg, max_l] = largest_capacity(scenario_);

  std::vector<PendingJob> jobs;
  for (std::size_t i = 0; i < demands.size(); ++i) {
    // Rationing changed the quantities: weigh again.
    DeliveryJob whole{demands[i].shelter_id, demands[i].shelter_id, demands[i].quantity, 0, 0};
    recompute_load(whole, rates_.items);
    demands[i].weight_kg = whole.weight_kg;
    demands[i].volume_l = whole.volume_l;
    for (auto& job : split_demand(demands[i], rates_.items, max_kg, max_l)) {
      jobs.push_back({std::move(job), &scenario_.stops[i], ""});
    }
  }
  std::vector<VehicleStart> starts;
  Minutes earliest = 24 * 60;
  for (const auto& v : scenario_.vehicles) {
    starts.push_back({&v, v.start_depot, depot(scenario_, v.start_depot).position, v.shift_start, true, 0, 0});
    earliest = std::min(earliest, v.shift_start);
  }
  Router router(scenario_, rates_, network_, options_, progress);
  SupplyPlan plan = router.route(std::move(jobs), starts, {}, earliest);
  for (const auto& [shelter, quantity] : shortages) {
    plan.unserved.push_back({shelter + kStockShortSuffix, shelter, stop_of(scenario_, shelter)->name, quantity,
                             kStockShort});
  }
  return plan;
}

SupplyPlan SupplyPlanner::replan(const SupplyPlan& previous, const ReplanEvents& events, PlanChanges& changes,
                                 Progress& progress) {
  const Minutes now = events.now;
  std::vector<PendingJob> jobs;
  std::map<std::string, std::vector<std::string>> sequences;    // vehicle → its undelivered loads, in order
  auto delivered = previous.delivered;  // shelter → item → units already there
  std::map<std::string, const DriverRoute*> previous_route;
  std::vector<VehicleStart> starts;

  for (const auto& r : previous.routes) {
    previous_route[r.vehicle_id] = &r;
    for (const auto& stop : r.stops) {
      if (stop.arrival <= now) {
        for (const auto& [item, q] : stop.unload) delivered[stop.shelter_id][item] += q;
        continue;
      }
      const SupplyStop* s = stop_of(scenario_, stop.shelter_id);
      if (!s) continue;  // the shelter left the scenario: nothing to deliver there
      jobs.push_back({{stop.job_id, stop.shelter_id, stop.unload, stop.weight_kg, stop.volume_l}, s, r.vehicle_id});
      sequences[r.vehicle_id].push_back(stop.job_id);
    }
  }
  std::vector<UnservedDemand> carried_short;
  for (const auto& u : previous.unserved) {
    if (u.reason == kStockShort) {
      carried_short.push_back(u);
      continue;
    }
    if (const SupplyStop* s = stop_of(scenario_, u.shelter_id)) {
      DeliveryJob job{u.job_id, u.shelter_id, u.quantity, 0, 0};
      recompute_load(job, rates_.items);
      jobs.push_back({std::move(job), s, ""});
    }
  }

  // Demand changes: new total minus what is delivered or already on its way; a fall trims the last loads.
  const auto [max_kg, max_l] = largest_capacity(scenario_);
  for (const auto& [shelter, population] : events.population) {
    const SupplyStop* s = stop_of(scenario_, shelter);
    if (!s) continue;
    ShelterPopulation p = population;
    if (p.district_code.empty()) p.district_code = s->population.district_code;
    const ShelterDemand wanted = compute_demand(p, rates_, scenario_.days);
    // The new head count asks for the whole of the shelter's demand again, short units included: the stock
    // rationing below reports what is still short, and keeping the old shortfall would count it twice.
    for (auto& u : carried_short) {
      if (u.shelter_id != shelter) continue;
      for (const auto& [item, units] : wanted.quantity) u.quantity.erase(item);
    }
    std::erase_if(carried_short, [](const UnservedDemand& u) { return u.quantity.empty(); });
    ShelterDemand extra{shelter, {}, 0, 0};
    int last_number = 0;
    for (const auto& j : jobs) {
      if (j.stop == s) last_number = std::max(last_number, number_of(j.job.id));
    }
    for (const auto& [item, units] : wanted.quantity) {
      long planned = delivered[shelter][item];
      for (const auto& j : jobs) {
        if (j.stop == s && j.job.quantity.count(item)) planned += j.job.quantity.at(item);
      }
      const long surplus = planned - units;
      if (surplus < 0) extra.quantity[item] = -surplus;
      trim_last_loads(jobs, s, item, surplus);
    }
    for (auto& j : jobs) {
      if (j.stop == s) recompute_load(j.job, rates_.items);
    }
    std::erase_if(jobs, [](const PendingJob& j) { return j.job.quantity.empty(); });
    DeliveryJob probe{"", shelter, extra.quantity, 0, 0};
    recompute_load(probe, rates_.items);
    extra.weight_kg = probe.weight_kg;
    extra.volume_l = probe.volume_l;
    for (auto& job : split_demand(extra, rates_.items, max_kg, max_l, last_number + 1)) {
      jobs.push_back({std::move(job), s, ""});
    }
  }

  // The stock may have been lowered since the plan (goods lost at a depot) or the demand may have outgrown it.
  // Units already delivered came out of the stock; what is left is shared among the loads still to go as the
  // plan shares it. A shelter short before keeps its one stock-short entry, grown, so job ids stay unique.
  std::vector<ShelterDemand> pending;
  std::map<const SupplyStop*, std::size_t> index;
  for (const auto& j : jobs) {
    const auto [at, added] = index.emplace(j.stop, pending.size());
    if (added) pending.push_back({j.stop->shelter_id, {}, 0, 0});
    for (const auto& [item, q] : j.job.quantity) pending[at->second].quantity[item] += q;
  }
  auto remaining = limited_stock(scenario_, rates_.items);
  for (auto& [item, units] : remaining) {
    for (const auto& [shelter, items] : delivered) {
      if (const auto it = items.find(item); it != items.end()) units -= it->second;
    }
    units = std::max(0L, units);
  }
  for (const auto& [shelter, quantity] : ration_to_stock(remaining, pending)) {
    const SupplyStop* s = stop_of(scenario_, shelter);
    for (const auto& [item, cut] : quantity) trim_last_loads(jobs, s, item, cut);
    for (auto& j : jobs) {
      if (j.stop == s) recompute_load(j.job, rates_.items);
    }
    auto entry = std::find_if(carried_short.begin(), carried_short.end(),
                              [&](const UnservedDemand& u) { return u.shelter_id == shelter; });
    if (entry == carried_short.end()) {
      entry = carried_short.insert(entry, {shelter + kStockShortSuffix, shelter, s->name, {}, kStockShort});
    }
    for (const auto& [item, cut] : quantity) entry->quantity[item] += cut;
  }
  std::erase_if(jobs, [](const PendingJob& j) { return j.job.quantity.empty(); });

  for (const auto& v : scenario_.vehicles) {
    if (events.vehicles_down.count(v.id)) continue;
    const auto it = previous_route.find(v.id);
    VehicleStart start{&v, v.start_depot, depot(scenario_, v.start_depot).position, std::max(now, v.shift_start),
                       true, 0, 0};
    if (it != previous_route.end()) {
      const DriverRoute& r = *it->second;
      std::size_t done = 0;
      while (done < r.stops.size() && r.stops[done].arrival <= now) ++done;
      if (r.start > now || r.stops.empty()) {
        start.label = r.start_depot;
        start.position = r.start_position;
        start.full = r.start_depot != kCurrentPosition;
      } else if (done == r.stops.size()) {  // on the way back or back: reloads at the end depot
        start.label = r.end_depot;
        start.position = depot(scenario_, r.end_depot).position;
        start.available_from = std::max(now, r.end);
      } else {
        start.label = kCurrentPosition;
        start.position = done > 0 ? r.stops[done - 1].position : r.start_position;
        start.available_from = std::max(now, done > 0 ? r.stops[done - 1].departure : r.start);
        start.full = false;
        for (std::size_t k = done; k < r.stops.size(); ++k) {
          start.on_board_kg += r.stops[k].weight_kg;
          start.on_board_l += r.stops[k].volume_l;
        }
      }
    }
    starts.push_back(start);
  }

  Router router(scenario_, rates_, network_, options_, progress);
  SupplyPlan plan = router.route(std::move(jobs), starts, sequences, now);
  plan.unserved.insert(plan.unserved.end(), carried_short.begin(), carried_short.end());

  // What changed, vehicle by vehicle.
  changes = {};
  std::map<std::string, std::vector<std::string>> now_routes;
  for (const auto& r : plan.routes) {
    for (const auto& s : r.stops) now_routes[r.vehicle_id].push_back(s.job_id);
  }
  for (const auto& v : scenario_.vehicles) {
    const auto& before = sequences[v.id];
    const auto& after = now_routes[v.id];
    if (before.empty() && after.empty()) continue;
    RouteChange change{v.id, RouteChange::Kind::unchanged, {}, {}, false};
    if (events.vehicles_down.count(v.id)) change.kind = RouteChange::Kind::cancelled;
    else if (before.empty()) change.kind = RouteChange::Kind::added;
    else if (before != after) change.kind = RouteChange::Kind::changed;
    const std::set<std::string> b(before.begin(), before.end()), a(after.begin(), after.end());
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(change.added_jobs));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(change.removed_jobs));
    change.reordered = change.kind == RouteChange::Kind::changed && a == b;
    changes.routes.push_back(std::move(change));
  }
  std::set<std::string> was_unserved, is_unserved;
  for (const auto& u : previous.unserved) was_unserved.insert(u.job_id);
  for (const auto& u : plan.unserved) is_unserved.insert(u.job_id);
  for (const auto& id : is_unserved) {
    if (!was_unserved.count(id)) changes.newly_unserved.push_back(id);
  }
  for (const auto& [vehicle, ids] : now_routes) {
    for (const auto& id : ids) {
      if (was_unserved.count(id)) changes.newly_served.push_back(id);
    }
  }
  plan.delivered = delivered;
  return plan;
}

}  // namespace bosai::supply
