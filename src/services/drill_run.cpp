#include "services/drill_run.h"

#include "core/calendar_date.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/shelter_lifecycle.h"
#include "drills/scenario_reader.h"
#include "geo/area_geojson.h"
#include "plans/toml_fields.h"
#include "routing/assignment/assignment_inputs.h"
#include "services/assignment_run.h"
#include "services/corrective_actions.h"
#include "services/document_owner.h"
#include "services/drill_labels.h"
#include "services/drill_supply.h"
#include "supply/supply_plan_json.h"
#include "store/shelter_repository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace bosai::services {
namespace {

using drills::Inject;
using nlohmann::json;

drills::DrillScenario parse_stored(const store::StoredDrill& d) {
  const std::filesystem::path file(d.scenario_file);
  return drills::parse_drill_scenario(d.scenario_text, d.scenario_file, file.parent_path());
}

store::DrillEvent event(int minute, const std::string& kind, const std::string& ref, const std::string& author,
                        const json& body) {
  return {0, minute, kind, ref, author, body.dump(), utc_timestamp()};
}

// Who starts where: the scenario's population, only the units inside the drill's 地区 (a ward-wide file would
// otherwise send the whole ward to the few shelters the drill opened). A 地区 without a boundary keeps every unit.
std::vector<routing::assignment::PopulationUnit> drill_units(const CheckedDrill& c) {
  auto units = routing::assignment::read_population_units(*c.scenario.population);
  std::vector<Area> areas;
  for (const auto& d : c.districts) {
    if (d.boundary.empty()) return units;
    areas.push_back(geo::parse_area_geojson(d.boundary, "地区 " + d.code, "boundary"));
  }
  std::erase_if(units, [&](const auto& u) {
    return std::none_of(areas.begin(), areas.end(), [&](const Area& a) { return a.contains(u.position); });
  });
  return units;
}

// The assignment on the drill's world: the registry's places people stay, only those the drill opened and
// none the injects damaged, closed or filled, over the roads with the closed areas taken out.
AssignmentOutcome solve(store::Store& store, const DrillState& s, RoadNetwork& roads, Progress& progress) {
  const auto& c = s.checked;
  AssignmentRequest rq;
  rq.units = drill_units(c);
  rq.as_of = c.scenario.start_day;
  rq.closed_areas = s.world.closed_areas;
  const std::set<std::string> open(c.open_shelters.begin(), c.open_shelters.end());
  for (const auto& sh : store.shelters().list()) {
    if (is_staying_shelter(sh.kind) && !open.contains(sh.id)) rq.closed_shelters.push_back(sh.id);
  }
  for (const auto& id : s.world.unusable_shelters()) rq.closed_shelters.push_back(id);
  rq.full_shelters = s.world.full_holds;
  return run_assignment(&store, rq, roads, progress);
}

// Per unit and shelter, the people sent there ("" for those left unplaced).
using Flows = std::map<std::string, std::map<std::string, long>>;

Flows flows_of(const AssignmentOutcome& o) {
  Flows f;
  for (const auto& flow : o.result.flows) {
    f[o.units[flow.unit].id][o.shelters.usable[flow.shelter].slot.id] += static_cast<long>(flow.count);
  }
  for (const auto& u : o.result.unplaced) f[o.units[u.unit].id][""] += static_cast<long>(u.count);
  return f;
}

Flows flows_from_json(const json& j) {
  Flows f;
  for (const auto& row : j) f[row[0].get<std::string>()][row[1].get<std::string>()] += row[2].get<long>();
  return f;
}

// Who moved, per (from, to) shelter pair: within each unit, people who left one shelter are matched to those
// who arrived at another, in the order of the shelters' ids; "" is the unplaced.
std::map<std::pair<std::string, std::string>, long> moves(const Flows& before, const Flows& after) {
  std::map<std::pair<std::string, std::string>, long> out;
  std::set<std::string> units;
  for (const auto& [u, _] : before) units.insert(u);
  for (const auto& [u, _] : after) units.insert(u);
  for (const auto& u : units) {
    const auto b = before.contains(u) ? before.at(u) : std::map<std::string, long>{};
    const auto a = after.contains(u) ? after.at(u) : std::map<std::string, long>{};
    std::vector<std::pair<std::string, long>> left, came;
    std::set<std::string> shelters;
    for (const auto& [sh, _] : b) shelters.insert(sh);
    for (const auto& [sh, _] : a) shelters.insert(sh);
    for (const auto& sh : shelters) {
      const long diff = (a.contains(sh) ? a.at(sh) : 0) - (b.contains(sh) ? b.at(sh) : 0);
      if (diff < 0) left.push_back({sh, -diff});
      if (diff > 0) came.push_back({sh, diff});
    }
    for (std::size_t i = 0, j = 0; i < left.size() && j < came.size();) {
      const long n = std::min(left[i].second, came[j].second);
      out[{left[i].first, came[j].first}] += n;
      if ((left[i].second -= n) == 0) ++i;
      if ((came[j].second -= n) == 0) ++j;
    }
  }
  return out;
}

json replan_body(const AssignmentOutcome& o, const Flows& now, const Flows* before, const std::string& cause) {
  json loads = json::object();
  for (std::size_t i = 0; i < o.shelters.usable.size(); ++i) {
    if (o.result.shelter_load[i] > 0) loads[o.shelters.usable[i].slot.id] = o.result.shelter_load[i];
  }
  long unplaced = 0;
  for (const auto& u : o.result.unplaced) unplaced += static_cast<long>(u.count);
  json capacity = json::object();
  for (const auto& sh : o.shelters.usable) capacity[sh.slot.id] = sh.slot.capacity;
  // [unit, shelter, people, metres]: the distances let a decision be priced against this optimum later.
  json flows = json::array();
  for (const auto& f : o.result.flows) {
    flows.push_back({o.units[f.unit].id, o.shelters.usable[f.shelter].slot.id, f.count, f.distance_m});
  }
  for (const auto& u : o.result.unplaced) flows.push_back({o.units[u.unit].id, "", u.count, 0});
  json body{{"model", "assignment"},   {"after", cause},          {"placed", o.result.placed},
            {"unplaced", unplaced},    {"person_km", o.result.person_metres / 1000.0},
            {"distances", o.distances}, {"loads", loads},
            {"flows", flows},          {"moves", json::array()},
            {"capacity", capacity}};
  if (before) {
    for (const auto& [pair, n] : moves(*before, now)) body["moves"].push_back({{"from", pair.first}, {"to", pair.second}, {"count", n}});
  }
  return body;
}

const char* model_of(const store::DrillEvent& e) {
  const auto body = json::parse(e.body);
  return body.value("model", "assignment") == "supply" ? "supply" : "assignment";
}

const store::DrillEvent* last_replan(const DrillState& s, const std::string& model = "assignment") {
  for (auto it = s.events.rbegin(); it != s.events.rend(); ++it) {
    if (it->kind == "replan" && model_of(*it) == model) return &*it;
  }
  return nullptr;
}

const store::DrillEvent* first_replan(const DrillState& s) {
  for (const auto& e : s.events) {
    if (e.kind == "replan" && std::string(model_of(e)) == "assignment") return &e;
  }
  return nullptr;
}

// The road network of the drill, loaded on the first re-plan of a step and kept for the rest of it (closures
// only ever add up in a drill, so the network's closures stay right).
class DrillRoads {
 public:
  explicit DrillRoads(const CheckedDrill& c) : c_(c) {}
  RoadNetwork& get(Progress& progress) {
    if (!network_) network_.emplace(RoadSource{*c_.scenario.roads}, progress);
    return *network_;
  }

 private:
  const CheckedDrill& c_;
  std::optional<RoadNetwork> network_;
};

// Solves on the world as it now stands and stores what changed; returns the event's seq.
long replan(store::Store& store, long id, const DrillState& s, const std::string& cause, DrillRoads& roads,
            Progress& progress) {
  const auto outcome = solve(store, s, roads.get(progress), progress);
  const auto now = flows_of(outcome);
  const auto* previous = last_replan(s);
  const auto before = previous ? flows_from_json(json::parse(previous->body)["flows"]) : Flows{};
  return store.drills().append(id, event(s.clock, "replan", cause, "", replan_body(outcome, now, previous ? &before : nullptr, cause)));
}

bool can_replan(const CheckedDrill& c) { return c.scenario.population && c.scenario.roads; }

ShelterLoads loads_of(const store::DrillEvent* replan) {
  ShelterLoads loads;
  if (!replan) return loads;
  const auto body = json::parse(replan->body);  // kept: a range-for over a member of a temporary would dangle
  for (const auto& [id, n] : body["loads"].items()) loads[id] = n.get<long>();
  return loads;
}

long count_quantity(const std::vector<supply::UnservedDemand>& unserved) {
  long n = 0;
  for (const auto& u : unserved) {
    for (const auto& [item, q] : u.quantity) n += q;
  }
  return n;
}

json supply_body(const CheckedDrill& c, int minute, const std::string& cause, const supply::SupplyPlan& plan,
                 const supply::PlanChanges* changes, const std::map<std::string, supply::ShelterPopulation>& counts) {
  json routes = json::array();
  if (changes) {
    for (const auto& r : changes->routes) {
      if (r.kind == supply::RouteChange::Kind::unchanged) continue;
      routes.push_back({{"vehicle", r.vehicle_id}, {"change", supply::describe(r.kind)}, {"added", r.added_jobs},
                        {"removed", r.removed_jobs}, {"reordered", r.reordered}});
    }
  }
  json heads = json::object();
  for (const auto& [id, p] : counts) heads[id] = {p.occupants, p.home_evacuees};
  long stops = 0;
  for (const auto& r : plan.routes) stops += static_cast<long>(r.stops.size());
  // The road path of each route (the plan's JSON leaves it out), so the report draws the routes as driven from
  // the log alone. Rounded to 1e-6° (about 0.1 m): the drill log stays small on a real ward's roads.
  json geometry = json::object();
  const auto rounded = [](double deg) { return std::round(deg * 1e6) / 1e6; };
  for (const auto& r : plan.routes) {
    json line = json::array();
    for (const auto& p : r.geometry) line.push_back({rounded(p.lat), rounded(p.lon)});
    geometry[r.vehicle_id] = std::move(line);
  }
  return {{"model", "supply"},
          {"after", cause},
          {"at", supply::format_clock(supply_time(c, minute))},
          {"routes", routes},
          {"newly_unserved", changes ? changes->newly_unserved : std::vector<std::string>{}},
          {"newly_served", changes ? changes->newly_served : std::vector<std::string>{}},
          {"deliveries", stops},
          {"unserved_jobs", plan.unserved.size()},
          {"unserved_units", count_quantity(plan.unserved)},
          {"head_counts", heads},
          {"plan", supply::supply_plan_json(plan)},
          {"geometry", geometry}};
}

// The supply plan on the world as it now stands: the baseline when there is none yet, else the last plan revised
// at the drill's clock. Returns the event's seq.
long replan_supply_now(store::Store& store, long id, const DrillState& s, const std::string& cause, Progress& progress) {
  const auto& c = s.checked;
  const auto* previous = last_replan(s, "supply");
  const auto counts = drill_head_counts(c, s.world, loads_of(last_replan(s)), loads_of(first_replan(s)));
  if (!previous) {
    const auto plan = plan_drill_supply(c, s.world, progress);
    return store.drills().append(id, event(s.clock, "replan", cause, "", supply_body(c, s.clock, cause, plan, nullptr, {})));
  }
  const auto before = supply::supply_plan_from_json(json::parse(previous->body)["plan"], "drill event " + std::to_string(previous->seq));
  const auto revised = replan_drill_supply(c, s.world, before, s.clock, counts, progress);
  return store.drills().append(id, event(s.clock, "replan", cause, "",
                                         supply_body(c, s.clock, cause, revised.plan, &revised.changes, counts)));
}

// The injects due by `to`, in the order they are released: by time, then as the file lists them.
std::vector<std::pair<int, const Inject*>> due_by(const DrillState& s, int to) {
  std::vector<std::pair<int, const Inject*>> due;
  const std::set<std::string> out(s.released.begin(), s.released.end());
  for (const auto& i : s.checked.scenario.injects) {
    if (out.contains(i.id)) continue;
    if (i.at) {
      if (*i.at <= to) due.push_back({*i.at, &i});
      continue;
    }
    const auto* trigger = s.checked.scenario.find_inject(i.contingency_for);
    const int deadline = *trigger->respond_by;
    // Released only when its trigger went out and nobody answered it before the deadline.
    const bool trigger_out = out.contains(trigger->id) || (trigger->at && *trigger->at <= to);
    if (trigger_out && deadline <= to && !s.responded.contains(trigger->id)) due.push_back({deadline, &i});
  }
  std::stable_sort(due.begin(), due.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return due;
}

// Releases `due` (by time, each at its minute) and, after each minute's injects, re-plans what they made
// stale: one re-plan a minute, however many injects it had.
void release(store::Store& store, long id, DrillState& s, const std::vector<std::pair<int, const Inject*>>& due,
             DrillRoads& roads, DrillStep& step, Progress& progress, const std::string& by = "") {
  for (std::size_t k = 0; k < due.size();) {
    const int minute = due[k].first;
    InjectEffect effect;
    std::string cause;
    for (; k < due.size() && due[k].first == minute; ++k) {
      const auto& inject = *due[k].second;
      s.clock = std::max(s.clock, minute);
      json body{{"kind", drills::inject_kind_code(inject.kind)}};
      long holds = 0;
      if (inject.kind == drills::InjectKind::kShelterStatus && inject.status == "full") {
        // Full: the people the last re-plan sent there stay, nobody more comes (a replay reads this back).
        const auto loads = loads_of(last_replan(s));
        const auto at = loads.find(s.checked.shelter_ids.at(inject.id));
        holds = at == loads.end() ? 0 : at->second;
        body["holds"] = holds;
      }
      const auto changes = apply_inject(s.world, s.checked, inject, holds);
      s.released.push_back(inject.id);
      s.events.push_back(event(s.clock, "inject", inject.id, by, body));
      store.drills().append(id, s.events.back());
      step.released.push_back(inject.id);
      if (changes.assignment || changes.supply) cause += (cause.empty() ? "" : ",") + inject.id;
      effect.assignment = effect.assignment || changes.assignment;
      effect.supply = effect.supply || changes.supply;
    }
    if (effect.assignment && can_replan(s.checked)) {
      step.replans.push_back(replan(store, id, s, cause, roads, progress));
      s.events = store.drills().events(id);
    }
    if (effect.supply && s.checked.supply) {
      step.replans.push_back(replan_supply_now(store, id, s, cause, progress));
      s.events = store.drills().events(id);
    }
  }
}

long inject_holds(const store::DrillEvent& e) { return json::parse(e.body).value("holds", 0L); }

void apply_events(DrillState& s) {
  for (const auto& e : s.events) {
    s.clock = std::max(s.clock, e.minute);
    if (e.kind == "inject") {
      s.released.push_back(e.ref);
      apply_inject(s.world, s.checked, *s.checked.scenario.find_inject(e.ref), inject_holds(e));
    } else if (e.kind == "decision") {
      s.responded.insert(e.ref);
    } else if (e.kind == "ended") {
      s.ended = true;
    } else if (e.kind == "clock" && e.body != "{}") {
      s.paused = json::parse(e.body).value("paused", s.paused);
    }
  }
}

std::optional<DecisionPrice> price_sent(store::Store& store, const DrillState& s, SentPeople sent, Progress& progress) {
  if (sent.count <= 0) throw InputError("", 0, "send", "送る人数は 1 以上で書いてください");
  const auto* latest = last_replan(s);
  if (!latest) throw InputError("", 0, "send", "この訓練には避難先の計算がありません（population と roads が要ります）");
  const auto resolve = [&](const std::string& name, const char* field) {
    try {
      return find_document_owner(store, DocumentKind::kShelterManual, name).code;
    } catch (const InputError& e) {
      throw InputError("", 0, field, e.message());
    }
  };
  sent.from = resolve(sent.from, "from");
  sent.to = resolve(sent.to, "to");
  std::optional<GeoPoint> to;
  for (const auto& sh : store.shelters().list()) {
    if (sh.id == sent.to) to = sh.position;
  }
  if (!to) throw NotFoundError("", 0, "to", "避難所 '" + sent.to + "' は台帳にありません");
  std::map<std::string, GeoPoint> units;
  for (const auto& u : drill_units(s.checked)) units[u.id] = u.position;
  RoadNetwork roads(RoadSource{*s.checked.scenario.roads}, progress);
  for (const auto& area : s.world.closed_areas) roads.close_area(area);
  std::vector<json> plans;
  for (const auto& e : s.events) {
    if (e.kind == "replan" && std::string(model_of(e)) == "assignment") plans.push_back(json::parse(e.body));
  }
  return price_decision(sent, plans, units, *to, roads);
}

DrillState open_running(store::Store& store, long id) {
  auto s = load_drill(store, id);
  if (s.ended) throw InputError("", 0, "drill", "訓練 " + std::to_string(id) + " は終了しています");
  return s;
}

}  // namespace

long start_drill(store::Store& store, const std::filesystem::path& scenario, Progress& progress) {
  const auto text = plans::read_text_file(scenario);
  const auto checked = check_drill_scenario(store, drills::parse_drill_scenario(text, scenario.string(), scenario.parent_path()));
  long id = 0;
  store.atomically([&] {
    id = store.drills().create({0, scenario.string(), text, checked.scenario.name, utc_timestamp()});
    store.drills().append(id, event(0, "started", "", "", {{"name", checked.scenario.name},
                                                            {"open_shelters", checked.open_shelters}}));
  });
  advance_drill(store, id, 0, progress);
  return id;
}

DrillState load_drill(store::Store& store, long id) {
  DrillState s;
  const auto drill = store.drills().find(id);
  if (!drill) throw NotFoundError("", 0, "drill", "訓練 " + std::to_string(id) + " はありません（bosai drill list）");
  s.drill = *drill;
  s.checked = check_drill_scenario(store, parse_stored(*drill));
  s.events = store.drills().events(id);
  apply_events(s);
  return s;
}

std::optional<int> next_due(const DrillState& s) {
  std::optional<int> next;
  for (const auto& [at, inject] : due_by(s, 24 * 60 * 7)) {
    if (!next || at < *next) next = std::max(at, s.clock);
  }
  return next;
}

DrillStep advance_drill(store::Store& store, long id, std::optional<int> to, Progress& progress) {
  auto s = open_running(store, id);
  DrillStep step{s.clock, s.clock, {}, {}, false};
  const auto target = to ? to : next_due(s);
  if (to && *to < s.clock) {
    throw InputError("", 0, "to", "訓練時刻は戻せません（いまは " + drills::drill_time_text(s.clock) + "）");
  }
  store.atomically([&] {
    if (!target) {
      store.drills().append(id, event(s.clock, "ended", "", "", json::object()));
      step.ended = true;
      return;
    }
    DrillRoads roads(s.checked);
    if (!last_replan(s) && can_replan(s.checked)) {
      // The baseline: the assignment before any inject, which every later re-plan is compared with.
      step.replans.push_back(replan(store, id, s, "", roads, progress));
      s.events = store.drills().events(id);
    }
    if (!last_replan(s, "supply") && s.checked.supply) {
      step.replans.push_back(replan_supply_now(store, id, s, "", progress));
      s.events = store.drills().events(id);
    }
    release(store, id, s, due_by(s, *target), roads, step, progress);
    s.clock = *target;
    store.drills().append(id, event(s.clock, "clock", "", "", json::object()));
    step.to = s.clock;
  });
  return step;
}

std::optional<DecisionPrice> log_decision(store::Store& store, long id, const std::string& inject,
                                          const std::string& author, const std::string& text,
                                          const std::optional<SentPeople>& sent, Progress& progress) {
  const auto s = open_running(store, id);
  if (std::find(s.released.begin(), s.released.end(), inject) == s.released.end()) {
    throw InputError("", 0, "inject", "インジェクト '" + inject + "' はまだ出ていません（出たものにだけ応答できます）");
  }
  if (text.empty()) throw InputError("", 0, "text", "決めたことを書いてください");
  json body{{"text", text}};
  std::optional<DecisionPrice> price;
  if (sent) price = price_sent(store, s, *sent, progress);
  if (price) {
    body["sent"] = {{"count", price->sent.count}, {"from", price->sent.from}, {"to", price->sent.to}};
    body["price"] = {{"priced", price->priced},       {"decision_km", price->decision_km},
                     {"optimum_km", price->optimum_km}, {"unreachable", price->unreachable},
                     {"room", price->room},
                     {"text", describe_price(*price, drill_shelter_name(s.checked, price->sent.from), drill_shelter_name(s.checked, price->sent.to))}};
  }
  store.drills().append(id, event(s.clock, "decision", inject, author, body));
  return price;
}

std::vector<long> log_observation(store::Store& store, long id, const std::string& objective, const std::string& author,
                                  const std::string& text, const std::string& rating, const std::string& as) {
  if (as != "" && as != "strength" && as != "improvement") {
    throw InputError("", 0, "as", "'" + as + "': strength（よかった点）か improvement（改善点）");
  }
  if (!as.empty() && text.empty()) throw InputError("", 0, "text", "よかった点・改善点は所見の文で書いてください");
  const auto s = load_drill(store, id);  // evaluators also rate in the hot wash, after the drill ended
  if (!s.checked.scenario.find_objective(objective)) {
    throw InputError("", 0, "objective", "目標 '" + objective + "' はこの訓練にありません");
  }
  if (!rating.empty() && rating != "P" && rating != "S" && rating != "M" && rating != "U") {
    throw InputError("", 0, "rating", "'" + rating + "': P（できた）, S（一部課題）, M（大きな課題）, U（できなかった）");
  }
  if (text.empty() && rating.empty()) throw InputError("", 0, "text", "所見か評価を書いてください");
  std::vector<long> closed;
  store.atomically([&] {
    json body{{"text", text}};
    if (!as.empty()) body["as"] = as;
    if (!text.empty()) store.drills().append(id, event(s.clock, "observation", objective, author, body));
    if (!rating.empty()) {
      store.drills().append(id, event(s.clock, "rating", objective, author, {{"rating", rating}}));
      closed = close_exercised_actions(store, id, s.checked, objective, rating, today_local());
    }
  });
  return closed;
}

}  // namespace bosai::services

namespace bosai::services {

DrillStep release_inject(store::Store& store, long id, const std::string& inject, const std::string& by,
                         Progress& progress) {
  auto s = open_running(store, id);
  const auto* i = s.checked.scenario.find_inject(inject);
  if (!i) throw InputError("", 0, "inject", "インジェクト '" + inject + "' はこの訓練にありません");
  if (std::find(s.released.begin(), s.released.end(), inject) != s.released.end()) {
    throw InputError("", 0, "inject", "インジェクト '" + inject + "' はもう出ています");
  }
  if (by.empty()) throw InputError("", 0, "by", "出した人（統制官）を書いてください");
  DrillStep step{s.clock, s.clock, {}, {}, false};
  store.atomically([&] {
    DrillRoads roads(s.checked);
    release(store, id, s, {{s.clock, i}}, roads, step, progress, by);
  });
  return step;
}

void set_drill_paused(store::Store& store, long id, bool paused) {
  const auto s = open_running(store, id);
  if (s.paused == paused) return;
  store.drills().append(id, event(s.clock, "clock", "", "", {{"paused", paused}}));
}

}  // namespace bosai::services
