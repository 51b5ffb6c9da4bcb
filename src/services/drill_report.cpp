#include "services/drill_report.h"

#include "core/calendar_date.h"
#include "core/error.h"
#include "core/document_kind.h"
#include "documents/manual_terms.h"
#include "services/community_documents.h"
#include "services/drill_labels.h"
#include "services/drill_run.h"
#include "store/shelter_repository.h"
#include "supply/supply_plan_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace bosai::services {
namespace {

using nlohmann::json;
using Report = DrillReport;

std::vector<std::string> split_ids(const std::string& list) {
  std::vector<std::string> out;
  for (std::size_t from = 0; from < list.size();) {
    const auto comma = list.find(',', from);
    const auto end = comma == std::string::npos ? list.size() : comma;
    if (end > from) out.push_back(list.substr(from, end - from));
    from = end + 1;
  }
  return out;
}

// The report knows every shelter of the registry by name, not only those the scenario named.
std::string name_of(const Report& r, const std::string& id) {
  if (id.empty()) return "（行き先なし）";
  const auto it = r.shelter_names.find(id);
  return it == r.shelter_names.end() ? id : it->second;
}

std::string version_label(DocumentKind kind, const drills::PinnedVersion& p) {
  return p.owner.text + " " + document_kind_label(kind) + " 第" + std::to_string(p.version) + "版";
}

std::string section_label(const LinkedSection& l) {
  return l.owner.name + " " + document_kind_label(l.ref.kind) + " 第" + std::to_string(l.document.version) + "版「" +
         l.section.title + "」";
}

const char* finding_label(const std::string& as) {
  if (as == "strength") return "よかった点";
  if (as == "improvement") return "改善点";
  return "所見";
}

Report::Assignment assignment_of(const Report& r, const json& body, int minute, const DrillWorld& world) {
  Report::Assignment a;
  a.minute = minute;
  a.after = split_ids(body["after"].get<std::string>());
  a.placed = body["placed"].get<long>();
  a.unplaced = body["unplaced"].get<long>();
  a.person_km = body["person_km"].get<double>();
  for (const auto& m : body["moves"]) a.moves.push_back({name_of(r, m["from"]), name_of(r, m["to"]), m["count"].get<long>()});
  for (const auto& [id, n] : body["loads"].items()) a.loads[id] = n.get<long>();
  a.closed_areas = world.closed_areas;
  for (const auto& id : world.unusable_shelters()) a.unusable.insert(id);
  for (const auto& [id, holds] : world.full_holds) a.full.insert(id);
  return a;
}

Report::Supply supply_of(const CheckedDrill& c, const json& body, int minute, long seq) {
  Report::Supply s;
  s.minute = minute;
  s.after = split_ids(body["after"].get<std::string>());
  s.at = body["at"].get<std::string>();
  s.deliveries = body["deliveries"].get<long>();
  s.unserved_jobs = body["unserved_jobs"].get<long>();
  s.unserved_units = body["unserved_units"].get<long>();
  s.plan = supply::supply_plan_from_json(body["plan"], "drill event " + std::to_string(seq));
  if (const auto g = body.find("geometry"); g != body.end()) {
    for (auto& route : s.plan.routes) {
      for (const auto& p : g->value(route.vehicle_id, json::array())) route.geometry.push_back({p[0].get<double>(), p[1].get<double>()});
    }
  }
  for (const auto& rc : body["routes"]) s.routes.push_back({drill_vehicle_name(c, rc["vehicle"]), route_change_label(rc["change"])});
  for (const auto& job : body["newly_unserved"]) {
    for (const auto& u : s.plan.unserved) {
      if (u.job_id == job) s.newly_unserved.push_back(u.name + "（" + u.reason + "）");
    }
  }
  return s;
}

std::string assignment_text(const Report::Assignment& a) {
  std::string t = "避難先あり " + std::to_string(a.placed) + " 人、行き先なし " + std::to_string(a.unplaced) + " 人";
  for (const auto& m : a.moves) t += "。" + m.from + " → " + m.to + " " + std::to_string(m.count) + " 人";
  return t;
}

std::string supply_text(const Report::Supply& s) {
  std::string t = "物資の日 " + s.at + "。これからの配送 " + std::to_string(s.deliveries) + " 件、未配送 " +
                  std::to_string(s.unserved_jobs) + " 件";
  for (const auto& rc : s.routes) t += "。" + rc.vehicle + " " + rc.change;
  for (const auto& u : s.newly_unserved) t += "。未配送になった: " + u;
  return t;
}

// The deliveries the first plan made that the last one brings later or not at all (job ids are stable across
// re-plans). A delivery made before the last re-plan is in neither its routes nor its unserved: it is on time.
std::vector<Report::LateDelivery> late_deliveries(const Report& r) {
  std::vector<Report::LateDelivery> out;
  if (r.supplies.size() < 2) return out;
  const auto& first = r.supplies.front().plan;
  const auto& last = r.supplies.back().plan;
  std::map<std::string, const supply::PlannedStop*> now;
  for (const auto& route : last.routes) {
    for (const auto& stop : route.stops) now[stop.job_id] = &stop;
  }
  std::set<std::string> dropped;
  for (const auto& u : last.unserved) dropped.insert(u.job_id);
  for (const auto& route : first.routes) {
    for (const auto& stop : route.stops) {
      const auto it = now.find(stop.job_id);
      if (it != now.end() && it->second->arrival > stop.arrival) {
        out.push_back({stop.name, supply::format_clock(stop.arrival), supply::format_clock(it->second->arrival),
                       static_cast<int>(it->second->arrival - stop.arrival)});
      } else if (it == now.end() && dropped.contains(stop.job_id)) {
        out.push_back({stop.name, supply::format_clock(stop.arrival), "", 0});
      }
    }
  }
  return out;
}

// The first-action cards and checklists of every manual version the drill tested, with the objectives that
// name them and were evaluated (rated or observed): those were exercised, the rest were missed.
std::vector<Report::Material> materials(const CheckedDrill& c, const std::set<std::string>& evaluated) {
  std::vector<Report::Material> out;
  std::set<std::pair<std::string, int>> seen;
  for (const auto& [text, linked] : c.refs) {
    if (linked.ref.kind != DocumentKind::kShelterManual) continue;
    if (!seen.insert({linked.owner.code, linked.document.version}).second) continue;
    for (const auto& section : document_sections(DocumentKind::kShelterManual, linked.document)) {
      if (section.kind == documents::SectionKind::kProse) continue;
      Report::Material m{linked.owner.name + " 第" + std::to_string(linked.document.version) + "版",
                         documents::section_kind_label(section.kind), section.title, {}};
      for (const auto& o : c.scenario.objectives) {
        if (!evaluated.contains(o.id)) continue;
        for (const auto& ref : o.refs) {
          const auto& l = c.refs.at(ref.text);
          if (l.owner.code == linked.owner.code && l.document.version == linked.document.version &&
              l.section.id == section.id && std::find(m.objectives.begin(), m.objectives.end(), o.id) == m.objectives.end()) {
            m.objectives.push_back(o.id);
          }
        }
      }
      out.push_back(std::move(m));
    }
  }
  return out;
}

// People at each shelter after each minute that changed them: the assignment's loads (the last re-plan by
// then) plus the arrivals by then.
Report::Occupancy occupancy(const Report& r, const std::map<int, std::map<std::string, long>>& arrivals_by_minute) {
  Report::Occupancy o;
  std::set<int> minutes;
  for (const auto& a : r.assignments) minutes.insert(a.minute);
  for (const auto& [m, _] : arrivals_by_minute) minutes.insert(m);
  std::set<std::string> shelters;
  for (const auto& a : r.assignments) {
    for (const auto& [id, n] : a.loads) shelters.insert(id);
  }
  for (const auto& [m, arrived] : arrivals_by_minute) {
    for (const auto& [id, n] : arrived) shelters.insert(id);
  }
  for (const int m : minutes) {
    o.minutes.push_back(m);
    const Report::Assignment* a = nullptr;
    for (const auto& x : r.assignments) {
      if (x.minute <= m) a = &x;
    }
    const std::map<std::string, long>* arrived = nullptr;
    for (const auto& [am, counts] : arrivals_by_minute) {
      if (am <= m) arrived = &counts;
    }
    for (const auto& id : shelters) {
      long n = 0;
      if (a && a->loads.contains(id)) n += a->loads.at(id);
      if (arrived && arrived->contains(id)) n += arrived->at(id);
      o.people[name_of(r, id)].push_back(n);
    }
  }
  return o;
}

}  // namespace

std::string DrillReport::Objective::rating() const { return ratings.empty() ? "" : ratings.back().first; }

std::string DrillReport::clock(int minute) const {
  const int wall = (start_minute + minute) % (24 * 60);
  return drills::drill_time_text(wall) + "（" + drills::drill_time_text(minute) + "）";
}

DrillReport drill_report(store::Store& store, long id) {
  const auto state = load_drill(store, id);
  const auto& c = state.checked;
  const auto& sc = c.scenario;
  Report r;
  r.drill_id = id;
  r.name = sc.name;
  r.hazard = drills::hazard_label(sc.hazard);
  r.start = japanese_date(sc.start_day) + " " + drills::drill_time_text(sc.start_minute);
  r.start_minute = sc.start_minute;
  r.weather = sc.weather;
  r.start_day = sc.start_day;
  r.roads = sc.roads;
  r.open_shelter_ids = c.open_shelters;
  for (const auto& d : c.districts) {
    r.districts.push_back(d.name);
    r.district_codes.push_back(d.code);
  }
  for (const auto& sh : store.shelters().list()) r.shelter_names[sh.id] = sh.name;
  for (const auto& [sid, name] : c.shelter_names) r.shelter_names[sid] = name;
  for (const auto& sid : c.open_shelters) r.open_shelters.push_back(name_of(r, sid));
  for (const auto& p : sc.plans) r.versions.push_back(version_label(DocumentKind::kDistrictPlan, p));
  for (const auto& p : sc.manuals) r.versions.push_back(version_label(DocumentKind::kShelterManual, p));
  r.duration = state.clock;
  r.ended = state.ended;

  for (const auto& o : sc.objectives) {
    Report::Objective ro{o.id, o.title, {}, {}, {}, {}};
    for (const auto& ref : o.refs) {
      const auto& l = c.refs.at(ref.text);
      ro.sections.push_back({ref.text, section_label(l), documents::section_kind_code(l.section.kind)});
    }
    r.objectives.push_back(std::move(ro));
  }
  const auto objective = [&](const std::string& oid) -> Report::Objective* {
    for (auto& o : r.objectives) {
      if (o.id == oid) return &o;
    }
    return nullptr;
  };

  std::map<std::string, std::pair<std::set<std::string>, int>> people;  // name → roles, entries
  std::map<std::string, int> released_at;
  std::map<std::string, int> first_decision;
  std::set<std::string> evaluated;
  std::map<int, std::map<std::string, long>> arrivals_by_minute;
  DrillWorld world;
  for (const auto& e : state.events) {
    const auto body = json::parse(e.body);
    if (e.kind == "inject") {
      const auto& inject = *sc.find_inject(e.ref);
      apply_inject(world, c, inject, body.value("holds", 0L));
      released_at[e.ref] = e.minute;
      if (inject.kind == drills::InjectKind::kArrivals) arrivals_by_minute[e.minute] = world.arrivals;
      r.timeline.push_back({e.minute,
                            std::string("インジェクト（") + drills::inject_kind_label(inject.kind) + "）" +
                                (inject.contingency_for.empty() ? "" : "・追加"),
                            inject.synopsis, ""});
    } else if (e.kind == "replan" && body.value("model", "assignment") == "supply") {
      r.supplies.push_back(supply_of(c, body, e.minute, e.seq));
      if (!r.supplies.back().after.empty()) r.timeline.push_back({e.minute, "再計画（物資）", supply_text(r.supplies.back()), ""});
    } else if (e.kind == "replan") {
      r.assignments.push_back(assignment_of(r, body, e.minute, world));
      if (!r.assignments.back().after.empty()) r.timeline.push_back({e.minute, "再計画（避難先）", assignment_text(r.assignments.back()), ""});
    } else if (e.kind == "decision") {
      auto& p = people[e.author];
      p.first.insert("参加者");
      ++p.second;
      if (!first_decision.contains(e.ref)) first_decision[e.ref] = e.minute;
      const std::string price = body.contains("price") ? body["price"]["text"].get<std::string>() : "";
      r.decisions.push_back({e.minute, e.ref, e.author, body["text"], price});
      r.timeline.push_back({e.minute, "判断", body["text"].get<std::string>() + (price.empty() ? "" : "（" + price + "）"), e.author});
    } else if (e.kind == "observation" || e.kind == "rating") {
      auto& p = people[e.author];
      p.first.insert("評価者");
      ++p.second;
      evaluated.insert(e.ref);
      auto* o = objective(e.ref);
      if (e.kind == "rating") {
        o->ratings.push_back({body["rating"], e.author});
        r.timeline.push_back({e.minute, "評価", "目標 " + e.ref + ": " + body["rating"].get<std::string>(), e.author});
      } else {
        const std::string as = body.value("as", "");
        o->findings.push_back({as, body["text"], e.author, e.minute});
        r.timeline.push_back({e.minute, finding_label(as), "目標 " + e.ref + ": " + body["text"].get<std::string>(), e.author});
      }
    } else if (e.kind == "ended") {
      r.timeline.push_back({e.minute, "終了", "訓練終了", ""});
    }
  }
  for (const auto& [name, p] : people) {
    std::vector<std::string> roles(p.first.begin(), p.first.end());
    std::sort(roles.begin(), roles.end(), [](const auto& a, const auto& b) { return a == "参加者" && b != "参加者"; });
    std::string role;
    for (const auto& x : roles) role += (role.empty() ? "" : "・") + x;
    r.participants.push_back({name, role, p.second});
  }

  std::set<std::string> triggered;  // injects whose contingency went out
  for (const auto& i : sc.injects) {
    if (!i.contingency_for.empty() && released_at.contains(i.id)) triggered.insert(i.contingency_for);
  }
  for (const auto& i : sc.injects) {
    if (!released_at.contains(i.id) || !i.respond_by) continue;
    Report::Response resp{i.id, i.synopsis, released_at.at(i.id), i.respond_by, std::nullopt, triggered.contains(i.id)};
    if (first_decision.contains(i.id)) resp.first_decision = first_decision.at(i.id);
    if (auto* o = objective(i.objective)) o->responses.push_back(resp);
  }

  r.late_deliveries = late_deliveries(r);
  r.materials = materials(c, evaluated);
  r.occupancy = occupancy(r, arrivals_by_minute);
  for (const auto& a : store.actions().list()) {
    const bool listed = a.drill_id == id || (a.closed_by_drill && *a.closed_by_drill == id) ||
                        (a.status == "open" && a.drill_id != id);
    if (a.drill_id == id) r.actions_opened.push_back(a);
    if (a.closed_by_drill && *a.closed_by_drill == id) r.actions_closed.push_back(a);
    if (a.status == "open" && a.drill_id != id) r.actions_open.push_back(a);
    if (!listed || r.action_sections.contains(a.ref)) continue;
    try {
      const auto l = resolve_document_ref(store, a.ref);
      r.action_sections[a.ref] = l.owner.name + " " + document_kind_label(l.ref.kind) + "「" + l.section.title + "」";
    } catch (const NotFoundError&) {
      // A revision removed the section since: the report shows the ref as stored.
    }
  }
  return r;
}

}  // namespace bosai::services
